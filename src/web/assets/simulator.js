// Simulator form: fields left empty mean "the default", so they are left out of the address of the run,
// which then names only what the reader set. Without this script the same run is reached with a longer address.
(function () {
  const form = document.getElementById('sim-form');
  if (!form) return;
  const fields = () => Array.from(form.elements).filter((el) => (el.tagName === 'INPUT' || el.tagName === 'SELECT') && el.name);
  form.addEventListener('submit', () => {
    for (const el of fields()) if (el.value === '') el.disabled = true;
  });
  // A page restored from the back/forward cache keeps its fields editable.
  window.addEventListener('pageshow', () => {
    for (const el of fields()) el.disabled = false;
  });
})();
