// Passage picker for the policy editor: beside each analysis citation, a search box over the stored
// documents; choosing a passage fills the citation's document id and anchor (and its text if empty).
(function () {
  const labels = {
    en: { placeholder: 'Search stored documents for the cited passage', none: 'No passage found.', use: 'Cite' },
    zh: { placeholder: '在已收录文献中搜索所引段落', none: '未找到段落。', use: '引用' },
    ja: { placeholder: '収録資料から引用する段落を検索', none: '段落が見つかりません。', use: '引用する' },
  };
  const lang = (document.documentElement.lang || 'en').slice(0, 2);
  const text = labels[lang] || labels.en;
  const field = (name) => document.getElementById(`f-${name}`);

  for (const box of document.querySelectorAll('[data-picker-for]')) {
    const prefix = box.getAttribute('data-picker-for');
    const input = document.createElement('input');
    input.type = 'search';
    input.placeholder = text.placeholder;
    input.setAttribute('aria-label', text.placeholder);
    const list = document.createElement('ul');
    list.className = 'picker-results';
    box.append(input, list);
    let timer;
    let seq = 0;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const q = input.value.trim();
        const mine = ++seq;
        if (q.length < 2) return list.replaceChildren();
        const res = await fetch(`/search.json?q=${encodeURIComponent(q)}&type=passage`);
        if (!res.ok || mine !== seq) return;
        const data = await res.json();
        const items = [];
        for (const doc of data.documents || []) {
          for (const passage of (doc.passages || []).slice(0, 5)) {
            const item = document.createElement('li');
            const button = document.createElement('button');
            button.type = 'button';
            button.textContent = `${text.use}: ${doc.documentId} ${passage.sectionLabel || passage.anchor}`;
            button.addEventListener('click', () => {
              field(`${prefix}.documentId`).value = doc.documentId;
              field(`${prefix}.anchor`).value = passage.anchor;
              const citeText = field(`${prefix}.text`);
              if (!citeText.value) citeText.value = `${doc.documentTitle} ${passage.sectionLabel || ''}`.trim();
              list.replaceChildren();
            });
            const excerpt = document.createElement('span');
            excerpt.textContent = ` ${(passage.snippetHtml || '').replace(/<[^>]+>/g, '')}`;
            item.append(button, excerpt);
            items.push(item);
          }
        }
        if (items.length === 0) {
          const empty = document.createElement('li');
          empty.textContent = text.none;
          items.push(empty);
        }
        list.replaceChildren(...items);
      }, 250);
    });
  }
})();
