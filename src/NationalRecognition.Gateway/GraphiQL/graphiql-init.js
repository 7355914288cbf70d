// Mounts GraphiQL on the element #graphiql; its data-endpoint attribute names the GraphQL endpoint.
// Kept out of the HTML so that the page's Content-Security-Policy can forbid inline scripts.
(function () {
  'use strict';
  var root = document.getElementById('graphiql');
  var fetcher = GraphiQL.createFetcher({ url: root.getAttribute('data-endpoint') });
  var defaultQuery = '# National Recognition Platform\n{\n  platform {\n    name\n    version\n  }\n}\n';
  ReactDOM.createRoot(root).render(
    React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: defaultQuery }));
})();
