// Client-side search for the static export of CCUS Atlas: enhances the search forms of a page with
// results from the prebuilt index (search-index.json beside this script's folder). Japanese and
// Chinese queries match by character pairs, so compounds split differently still match.
(function () {
  const script = document.currentScript;
  const indexUrl = new URL('../search-index.json', script.src).href;
  let index;

  const normalize = (s) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  const cjk = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;
  function terms(query) {
    const out = [];
    for (const word of normalize(query).split(' ')) {
      if (!word) continue;
      if (cjk.test(word) && word.length > 2) for (let i = 0; i < word.length - 1; i++) out.push(word.slice(i, i + 2));
      else out.push(word);
    }
    return out;
  }
  function search(query, lang) {
    const wanted = terms(query);
    if (wanted.length === 0) return [];
    const scored = [];
    for (const entry of index) {
      const title = normalize(entry.t);
      let score = 0;
      for (const term of wanted) {
        if (!entry.x.includes(term) && !title.includes(term)) {
          score = 0;
          break;
        }
        score += title.includes(term) ? 3 : 1;
      }
      if (score > 0) scored.push({ entry, score: score + (entry.l === lang ? 1 : 0) });
    }
    return scored.sort((a, b) => b.score - a.score).slice(0, 30).map((s) => s.entry);
  }
  function render(form, results) {
    let list = form.parentNode.querySelector('.static-results');
    if (!list) {
      list = document.createElement('ol');
      list.className = 'static-results';
      list.setAttribute('aria-live', 'polite');
      form.after(list);
    }
    list.replaceChildren(
      ...results.map((entry) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = entry.u;
        link.textContent = entry.t;
        item.append(link);
        return item;
      }),
    );
    if (results.length === 0) list.textContent = '—';
  }
  for (const form of document.querySelectorAll('form[role="search"]')) {
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const input = form.querySelector('input[type="search"], input[name="q"]');
      index ??= await (await fetch(indexUrl)).json();
      render(form, search(input ? input.value : '', document.documentElement.lang.slice(0, 2)));
    });
  }
})();
