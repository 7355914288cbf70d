// Mounts GraphiQL on the element #graphiql; its data-endpoint attribute names the GraphQL endpoint.
// Kept out of the HTML so that the page's Content-Security-Policy can forbid inline scripts.
(function () {
  'use strict';
  var root = document.getElementById('graphiql');
  var fetcher = GraphiQL.createFetcher({ url: root.getAttribute('data-endpoint') });
  // Public data of the demo university (local mode seeds it). Personal data needs a token: mint one with
  // `dotnet run --project src/NationalRecognition.Gateway -- token --role Learner --iin …` and add
  // {"Authorization": "Bearer …"} in the Headers tab below.
  var defaultQuery = [
    '# National Recognition Platform: public data of the demo university.',
    '# Applications, queues and learners need a token (README, "Roles and local tokens"):',
    '# put {"Authorization": "Bearer <token>"} in the Headers tab.',
    '{',
    '  platform { name version }',
    '  institution(bin: "990840000347") {',
    '    names { english kazakh }',
    '    region { englishName isoCode }',
    '    academicCalendar { id startDate }',
    '    programmes { code name units { code name credits } }',
    '    commission { chair { name } current { order { number date } } }',
    '  }',
    '}',
    ''
  ].join('\n');
  ReactDOM.createRoot(root).render(
    React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: defaultQuery }));
})();
