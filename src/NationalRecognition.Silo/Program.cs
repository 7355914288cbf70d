// Replaced by the silo host in issue [1/8].
return 0;
