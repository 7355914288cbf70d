// The analysts' dashboard: uses the web application's session (signed in at /auth/signin; the page never sees a token),
// reads nationalStatistics from /graphql by the persisted document "Dashboard" (the same API as any client, the only
// kind of document a session may run) and draws it with Chart.js.
(function () {
  'use strict';

  var LABELS = {
    en: {
      title: 'Recognition of non-formal learning · national statistics', language: 'Language', signIn: 'Sign in', signOut: 'Sign out',
      signInHint: 'Sign in as a ministry analyst to read the statistics.', home: 'Back to the application',
      byRegion: 'Applications by region', byIssuer: 'Applications by issuer of the certificate (clause 10)', byMonth: 'Applications and decisions by month',
      drillDown: 'Drill-down', national: 'National', sector: 'Sector', nationalSector: 'National (both ministries)',
      suppression: 'Cells of fewer than {0} are hidden', suppressed: 'hidden (fewer than {0})',
      perturbed: 'Figures are slightly perturbed to protect learners; totals need not equal the sum of the cells shown',
      applications: 'Applications', decisions: 'Decisions', approvalRate: 'Approval rate', credits: 'Credits recognised',
      median: 'Median days to decision', p90: '90th percentile, days', refusals: 'Refused at the door', unknown: 'not stated',
      MINISTRY: 'Ministry', REGION: 'Region', INSTITUTION: 'Institution (BIN)',
      ENLIGHTENMENT: 'Ministry of Enlightenment', SCIENCE_AND_HIGHER_EDUCATION: 'Ministry of Science and Higher Education',
      EducationOrganisation: '10.1 Education organisation', AdditionalEducationOrEmployer: '10.2 Additional education, employer',
      ElectronicLabourExchange: '10.3 Electronic labour exchange', MoocPlatform: '10.4 MOOC platform',
      noFigures: 'no group is large enough to be shown', badToken: 'Your session has ended: sign in again.', failed: 'The statistics could not be read: {0}'
    },
    ru: {
      title: 'Признание результатов неформального обучения · национальная статистика', language: 'Язык', signIn: 'Войти', signOut: 'Выйти',
      signInHint: 'Войдите как аналитик министерства, чтобы увидеть статистику.', home: 'Вернуться в приложение',
      byRegion: 'Заявления по регионам', byIssuer: 'Заявления по видам организаций, выдавших документ (пункт 10)', byMonth: 'Заявления и решения по месяцам',
      drillDown: 'Детализация', national: 'Республика', sector: 'Сектор', nationalSector: 'Республика (оба министерства)',
      suppression: 'Ячейки меньше {0} скрыты', suppressed: 'скрыто (меньше {0})',
      perturbed: 'Цифры немного искажены для защиты обучающихся; итоги могут не совпадать с суммой показанных ячеек',
      applications: 'Заявления', decisions: 'Решения', approvalRate: 'Доля признаний', credits: 'Признано кредитов',
      median: 'Медиана, дней до решения', p90: '90-й процентиль, дней', refusals: 'Отказано в приёме', unknown: 'не указано',
      MINISTRY: 'Министерство', REGION: 'Регион', INSTITUTION: 'Организация (БИН)',
      ENLIGHTENMENT: 'Министерство просвещения', SCIENCE_AND_HIGHER_EDUCATION: 'Министерство науки и высшего образования',
      EducationOrganisation: '10.1 Организация образования', AdditionalEducationOrEmployer: '10.2 Дополнительное образование, работодатель',
      ElectronicLabourExchange: '10.3 Электронная биржа труда', MoocPlatform: '10.4 Платформа МООК',
      noFigures: 'нет групп, достаточно крупных для показа', badToken: 'Сеанс завершён: войдите снова.', failed: 'Не удалось получить статистику: {0}'
    },
    kk: {
      title: 'Бейформал білім беру нәтижелерін тану · ұлттық статистика', language: 'Тіл', signIn: 'Кіру', signOut: 'Шығу',
      signInHint: 'Статистиканы көру үшін министрлік талдаушысы ретінде кіріңіз.', home: 'Қосымшаға оралу',
      byRegion: 'Өтініштер өңірлер бойынша', byIssuer: 'Өтініштер құжат берген ұйым түрі бойынша (10-тармақ)', byMonth: 'Өтініштер мен шешімдер айлар бойынша',
      drillDown: 'Егжей-тегжейі', national: 'Республика', sector: 'Сала', nationalSector: 'Республика (екі министрлік)',
      suppression: '{0}-ден аз ұяшықтар жасырылған', suppressed: 'жасырылған ({0}-ден аз)',
      perturbed: 'Білім алушыларды қорғау үшін сандар аздап өзгертілген; жиындар көрсетілген ұяшықтардың қосындысына тең болмауы мүмкін',
      applications: 'Өтініштер', decisions: 'Шешімдер', approvalRate: 'Тану үлесі', credits: 'Танылған кредиттер',
      median: 'Шешімге дейінгі медиана, күн', p90: '90-процентиль, күн', refusals: 'Қабылдаудан бас тартылды', unknown: 'көрсетілмеген',
      MINISTRY: 'Министрлік', REGION: 'Өңір', INSTITUTION: 'Ұйым (БСН)',
      ENLIGHTENMENT: 'Оқу-ағарту министрлігі', SCIENCE_AND_HIGHER_EDUCATION: 'Ғылым және жоғары білім министрлігі',
      EducationOrganisation: '10.1 Білім беру ұйымы', AdditionalEducationOrEmployer: '10.2 Қосымша білім беру, жұмыс беруші',
      ElectronicLabourExchange: '10.3 Электрондық еңбек биржасы', MoocPlatform: '10.4 МООК платформасы',
      noFigures: 'көрсетуге жеткілікті үлкен топ жоқ', badToken: 'Сеанс аяқталды: қайта кіріңіз.', failed: 'Статистиканы алу мүмкін болмады: {0}'
    }
  };

  // The persisted document "Dashboard" of WebApp/persisted-documents.json (DashboardTests checks that it is there).
  var DOCUMENT_ID = 'sha256:f2846b77454a4a122cd8d650154d5b4f38cc8713190f853a273f8444e5d37505';

  var LEVELS = ['MINISTRY', 'REGION', 'INSTITUTION'];

  // Only the dashboard's own languages: a name such as __proto__ or constructor from a link or storage is ignored.
  function knownLanguage(language) {
    return typeof language === 'string' && Object.prototype.hasOwnProperty.call(LABELS, language) ? language : null;
  }

  var state = { language: knownLanguage(localStorage.getItem('nr-language')) || 'kk', antiforgery: '', path: [], charts: {}, data: null };

  function t(key, arg) {
    var labels = LABELS[knownLanguage(state.language) || 'en'];
    var text = (Object.prototype.hasOwnProperty.call(labels, key) && labels[key]) || (Object.prototype.hasOwnProperty.call(LABELS.en, key) && LABELS.en[key]) || key;
    return arg === undefined ? text : text.replace('{0}', arg);
  }

  function byId(id) { return document.getElementById(id); }

  function applyLabels() {
    document.documentElement.lang = state.language;
    document.querySelectorAll('[data-label]').forEach(function (element) { element.textContent = t(element.getAttribute('data-label')); });
    byId('language').value = state.language;
  }

  function regionName(region) {
    var regions = (state.data && state.data.regions) || [];
    for (var i = 0; i < regions.length; i++) {
      if (regions[i].region === region) {
        return state.language === 'kk' ? regions[i].kazakhName : state.language === 'ru' ? regions[i].russianName : regions[i].englishName;
      }
    }
    return region || t('unknown');
  }

  function filter() {
    var result = {};
    state.path.forEach(function (step) {
      if (step.level === 'MINISTRY') { result.ministry = step.value; }
      if (step.level === 'REGION') { result.region = step.value; }
      if (step.level === 'INSTITUTION') { result.institutionBin = step.value; }
    });
    return result;
  }

  function load() {
    var drillLevel = LEVELS[Math.min(state.path.length, LEVELS.length - 1)];
    byId('error').textContent = '';
    return fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/graphql-response+json, application/json', 'Accept-Language': state.language, 'X-CSRF-TOKEN': state.antiforgery },
      body: JSON.stringify({ documentId: DOCUMENT_ID, operationName: 'Dashboard', variables: { filter: filter(), drill: [drillLevel] } })
    }).then(function (response) {
      if (response.status === 401) { throw new Error(t('badToken')); }
      return response.json();
    }).then(function (body) {
      if (body.errors && body.errors.length) { throw new Error(body.errors[0].message); }
      state.data = body.data;
      render(drillLevel);
      document.body.setAttribute('data-loaded', 'true');
    }).catch(function (error) {
      byId('error').textContent = t('failed', error.message);
      document.body.setAttribute('data-loaded', 'error');
    });
  }

  function number(value) { return value === null || value === undefined ? '—' : value.toLocaleString(state.language); }

  function days(hours) { return hours === null || hours === undefined ? '—' : (hours / 24).toFixed(1); }

  function renderTotals() {
    var view = state.data.total;
    byId('sector').textContent = t('sector') + ': ' + (view.sector ? t(view.sector) : t('nationalSector'));
    byId('suppression').textContent = t('suppression', view.suppressionThreshold)
      + (view.figures === 'CELL_KEY_PERTURBED' ? ' · ' + t('perturbed') : '');
    var cell = view.cells[0] || { suppressed: false };
    var refusals = state.data.refusals.cells.reduce(function (sum, c) { return sum + (c.refusals || 0); }, 0);
    var totals = [
      ['applications', number(cell.applications)], ['decisions', number(cell.decisions)],
      ['approvalRate', cell.approvalRate === null || cell.approvalRate === undefined ? '—' : Math.round(cell.approvalRate * 100) + ' %'],
      ['credits', number(cell.creditsRecognised)], ['median', days(cell.medianDecisionHours)], ['p90', days(cell.p90DecisionHours)],
      ['refusals', number(refusals)]
    ];
    var container = byId('totals');
    container.textContent = '';
    totals.forEach(function (pair) {
      var box = document.createElement('div');
      box.setAttribute('data-total', pair[0]);
      var value = document.createElement('b');
      value.textContent = cell.suppressed ? t('suppressed', view.suppressionThreshold) : pair[1];
      box.appendChild(value);
      box.appendChild(document.createTextNode(t(pair[0])));
      container.appendChild(box);
    });
  }

  function chart(id, type, labels, datasets) {
    if (state.charts[id]) { state.charts[id].destroy(); }
    var canvas = byId(id);
    // What the chart shows, for people using assistive technology and for the browser test.
    canvas.setAttribute('data-values', JSON.stringify({ labels: labels, data: datasets.map(function (d) { return d.data; }) }));
    var caption = canvas.parentNode.querySelector('figcaption').textContent;
    canvas.setAttribute('aria-label', caption + ': ' + (labels.length === 0 ? t('noFigures')
      : labels.map(function (label, i) { return label + ': ' + datasets.map(function (d) { return d.data[i]; }).join(' / '); }).join('; ')));
    state.charts[id] = new Chart(canvas, {
      type: type,
      data: { labels: labels, datasets: datasets },
      options: { animation: false, responsive: true, plugins: { legend: { display: type !== 'bar' } } }
    });
  }

  function shown(cells) { return cells.filter(function (c) { return !c.suppressed; }); }

  function renderCharts() {
    var regions = shown(state.data.byRegion.cells);
    chart('chart-region', 'bar', regions.map(function (c) { return regionName(c.region); }),
      [{ label: t('applications'), data: regions.map(function (c) { return c.applications; }), backgroundColor: '#00509e' }]);
    var issuers = shown(state.data.byIssuer.cells);
    chart('chart-issuer', 'doughnut', issuers.map(function (c) { return t(c.facetValue); }),
      [{ label: t('applications'), data: issuers.map(function (c) { return c.applications; }), backgroundColor: ['#00509e', '#f2a900', '#2e8540', '#8e44ad'] }]);
    var months = shown(state.data.byMonth.cells).sort(function (a, b) { return a.month < b.month ? -1 : 1; });
    chart('chart-month', 'line', months.map(function (c) { return c.month.substring(0, 7); }), [
      { label: t('applications'), data: months.map(function (c) { return c.applications; }), borderColor: '#00509e' },
      { label: t('decisions'), data: months.map(function (c) { return c.decisions; }), borderColor: '#f2a900' }
    ]);
  }

  function renderBreadcrumb() {
    var nav = byId('breadcrumb');
    nav.textContent = '';
    var steps = [{ label: t('national') }].concat(state.path.map(function (step) { return { label: step.label }; }));
    steps.forEach(function (step, i) {
      if (i > 0) { var sep = document.createElement('span'); sep.className = 'sep'; sep.textContent = '›'; nav.appendChild(sep); }
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = step.label;
      button.addEventListener('click', function () { state.path = state.path.slice(0, i); load(); });
      nav.appendChild(button);
    });
  }

  function renderDrill(level) {
    var table = byId('drill');
    var head = table.tHead;
    head.textContent = '';
    var row = head.insertRow();
    [t(level), t('applications'), t('decisions'), t('approvalRate'), t('credits')].forEach(function (text, i) {
      var th = document.createElement('th'); th.textContent = text; if (i > 0) { th.className = 'number'; } row.appendChild(th);
    });
    var body = table.tBodies[0];
    body.textContent = '';
    var threshold = state.data.total.suppressionThreshold;
    state.data.drill.cells.forEach(function (cell) {
      var value = level === 'MINISTRY' ? cell.ministry : level === 'REGION' ? cell.region : cell.institutionBin;
      var label = level === 'MINISTRY' ? t(cell.ministry) : level === 'REGION' ? regionName(cell.region) : cell.institutionBin;
      var tr = body.insertRow();
      tr.setAttribute('data-group', value || '');
      [label,
        cell.suppressed ? t('suppressed', threshold) : number(cell.applications),
        cell.suppressed ? '' : number(cell.decisions),
        cell.suppressed || cell.approvalRate === null ? '' : Math.round(cell.approvalRate * 100) + ' %',
        cell.suppressed ? '' : number(cell.creditsRecognised)].forEach(function (text, i) {
        var td = tr.insertCell(); td.textContent = text; if (i > 0) { td.className = 'number'; }
      });
      if (value && state.path.length < LEVELS.length - 1) {
        tr.className = 'drillable';
        tr.addEventListener('click', function () { state.path.push({ level: level, value: value, label: label }); load(); });
      }
    });
  }

  function render(level) {
    applyLabels();
    renderTotals();
    renderCharts();
    renderBreadcrumb();
    renderDrill(level);
  }

  function showSignedIn(session) {
    state.antiforgery = session.antiforgeryToken;
    byId('sign-out-token').value = session.antiforgeryToken;
    byId('sign-in').hidden = true;
    byId('dashboard').hidden = false;
    byId('sign-out').hidden = false;
    load();
  }

  byId('language').addEventListener('change', function (event) {
    state.language = knownLanguage(event.target.value) || 'kk';
    localStorage.setItem('nr-language', state.language);
    applyLabels();
    if (state.data) { render(LEVELS[Math.min(state.path.length, LEVELS.length - 1)]); }
  });

  applyLabels();
  var fragment = new URLSearchParams(location.hash.substring(1));
  var language = knownLanguage(fragment.get('lang'));
  if (language) { state.language = language; applyLabels(); }
  fetch('/auth/session', { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
    .then(function (response) { return response.ok ? response.json() : { signedIn: false }; })
    .then(function (session) {
      if (session.signedIn) { showSignedIn(session); } else { byId('sign-in').hidden = false; document.body.setAttribute('data-loaded', 'signed-out'); }
    }, function () { byId('sign-in').hidden = false; document.body.setAttribute('data-loaded', 'signed-out'); });
})();
