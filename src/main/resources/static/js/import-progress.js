// Follows a running import on its report page: polls the report's JSON and shows rows read and status;
// when the import has finished, reloads the page, which then shows the counts and the rejected rows.
(function () {
  const section = document.getElementById('import-report');
  if (!section || !['queued', 'running'].includes(section.dataset.status)) {
    return;
  }
  const status = section.querySelector('[data-field=status]');
  const rowsRead = section.querySelector('[data-field=rowsRead]');
  async function poll() {
    try {
      const response = await fetch(section.dataset.reportUrl, {headers: {Accept: 'application/json'}});
      if (response.ok) {
        const report = await response.json();
        if (!['queued', 'running'].includes(report.status)) {
          window.location.reload();
          return;
        }
        status.textContent = report.status;
        status.className = 'badge ' + report.status;
        rowsRead.textContent = report.rowsRead.toLocaleString();
      }
    } catch (e) {
      // the server may be restarting; try again at the next tick
    }
    setTimeout(poll, 1000);
  }
  setTimeout(poll, 500);
})();
