/** The generated application page of the in-page filling benchmark (scripts/bench-fill.ts). */
const TOKENS = ['given-name', 'family-name', 'email', 'tel', 'organization', 'address-level2', 'postal-code', 'url'];
const QUESTIONS = ['Preferred start date', 'Visa status', 'Teaching load', 'Lab space needs', 'Other remarks'];

/** A long application form: sections with headings, labelled inputs, selects, textareas, some table rows. */
export function generatePage(n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i += 1) {
    if (i % 25 === 0) parts.push(`<h2>Section ${i / 25 + 1}</h2>`);
    const id = `f${i}`;
    if (i % 5 === 0) {
      const token = TOKENS[(i / 5) % TOKENS.length] ?? '';
      parts.push(
        `<div class="row"><label for="${id}">${token} ${i}</label><input id="${id}" autocomplete="${token}"></div>`,
      );
    } else if (i % 7 === 0) {
      const options = Array.from({ length: 12 }, (_, k) => `<option value="${k}">Choice ${k}</option>`).join('');
      parts.push(`<div class="row"><label for="${id}">Select ${i}</label><select id="${id}">${options}</select></div>`);
    } else if (i % 11 === 0) {
      parts.push(`<div class="row"><label for="${id}">Statement ${i}</label><textarea id="${id}"></textarea></div>`);
    } else if (i % 3 === 0) {
      parts.push(
        `<table><tr><td>${QUESTIONS[i % QUESTIONS.length]} ${i}</td><td><input name="q${i}"></td></tr></table>`,
      );
    } else {
      parts.push(
        `<div class="row"><label>${QUESTIONS[i % QUESTIONS.length]} ${i} <input name="q${i}" placeholder="Answer"></label></div>`,
      );
    }
  }
  return `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Bench ${n}</title>
<style>.row{margin:4px 0}label{margin-right:6px}</style></head><body><h1>Application</h1><form>${parts.join('\n')}</form></body></html>`;
}
