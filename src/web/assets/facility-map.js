// Zoom (wheel, +/-), pan (drag) and reset for the server-drawn facility map. Markers carry <title>
// tooltips and are links to the list narrowed to their country and status, so hovering, clicking and
// keyboard use work without this script.
const MIN_WIDTH = 60;

for (const svg of document.querySelectorAll('svg[data-map="world"]')) {
  const [x0, y0, w0, h0] = svg.getAttribute('viewBox').split(' ').map(Number);
  let view = { x: x0, y: y0, w: w0, h: h0 };
  const reset = svg.closest('figure')?.querySelector('.fmap-reset');
  const apply = () => {
    svg.setAttribute('viewBox', `${view.x} ${view.y} ${view.w} ${view.h}`);
    if (reset) reset.hidden = view.w === w0;
  };
  const toView = (clientX, clientY) => {
    const box = svg.getBoundingClientRect();
    return {
      x: view.x + ((clientX - box.left) / box.width) * view.w,
      y: view.y + ((clientY - box.top) / box.height) * view.h,
    };
  };
  const zoom = (factor, at) => {
    const w = Math.min(w0, Math.max(MIN_WIDTH, view.w * factor));
    const h = (w / w0) * h0;
    view = {
      x: Math.min(x0 + w0 - w, Math.max(x0, at.x - ((at.x - view.x) * w) / view.w)),
      y: Math.min(y0 + h0 - h, Math.max(y0, at.y - ((at.y - view.y) * h) / view.h)),
      w,
      h,
    };
    apply();
  };
  svg.addEventListener(
    'wheel',
    (event) => {
      event.preventDefault();
      zoom(event.deltaY > 0 ? 1.25 : 0.8, toView(event.clientX, event.clientY));
    },
    { passive: false },
  );
  let drag;
  svg.addEventListener('pointerdown', (event) => {
    if (event.target.closest('a')) return;
    drag = { start: toView(event.clientX, event.clientY), view: { ...view } };
    svg.setPointerCapture(event.pointerId);
  });
  svg.addEventListener('pointermove', (event) => {
    if (!drag) return;
    const box = svg.getBoundingClientRect();
    const dx = ((event.clientX - box.left) / box.width) * drag.view.w + drag.view.x - drag.start.x;
    const dy = ((event.clientY - box.top) / box.height) * drag.view.h + drag.view.y - drag.start.y;
    view = {
      ...view,
      x: Math.min(x0 + w0 - view.w, Math.max(x0, drag.view.x - dx)),
      y: Math.min(y0 + h0 - view.h, Math.max(y0, drag.view.y - dy)),
    };
    apply();
  });
  svg.addEventListener('pointerup', () => (drag = undefined));
  svg.tabIndex = 0;
  svg.addEventListener('keydown', (event) => {
    const centre = { x: view.x + view.w / 2, y: view.y + view.h / 2 };
    if (event.key === '+' || event.key === '=') zoom(0.8, centre);
    if (event.key === '-') zoom(1.25, centre);
  });
  reset?.addEventListener('click', () => {
    view = { x: x0, y: y0, w: w0, h: h0 };
    apply();
  });
}
