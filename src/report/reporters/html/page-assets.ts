/** The page's style: kinds by colour (copy red, quote blue, common formulation grey, self green), quality problems underlined. */
export const STYLE = `
:root{--copy:#ffc9c9;--copy-b:#e03131;--quote:#d0ebff;--quote-b:#1c7ed6;--boilerplate:#e9ecef;--boilerplate-b:#868e96;--self:#d3f9d8;--self-b:#2f9e44;--flag:#f08c00;--ink:#212529;--muted:#868e96}
*{box-sizing:border-box}
body{margin:0;font:15px/1.7 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;color:var(--ink);background:#f8f9fa}
header{padding:16px 24px;background:#fff;border-bottom:1px solid #dee2e6}
h1{margin:0;font-size:22px}h2{font-size:18px;margin:0 0 12px;word-break:break-all}h3{font-size:15px;margin:0 0 8px}h4{margin:0 0 8px;font-size:14px}h5{margin:0 0 4px;font-size:13px;color:#495057}
small{display:block;color:var(--muted);font-weight:normal;word-break:break-all}
.tool{margin:4px 0;color:var(--muted);font-size:13px}
.verdict{display:inline-block;margin:4px 0;padding:2px 10px;border-radius:4px;font-weight:bold}.verdict.pass{background:#d3f9d8;color:#2b8a3e}.verdict.fail{background:#ffe3e3;color:#c92a2a}
.legend .tag{margin-right:6px}
.tag{display:inline-block;padding:0 6px;border-radius:3px;font-size:12px;border-bottom:2px solid}
.tag.flag{border-bottom:2px wavy var(--flag)}
nav{padding:8px 24px;background:#fff;border-bottom:1px solid #dee2e6;font-size:13px}nav a{margin-right:16px}
main{padding:16px 24px}
.doc{background:#fff;border:1px solid #dee2e6;border-radius:6px;padding:16px;margin-bottom:24px}
.cards{display:flex;flex-wrap:wrap;gap:8px;margin-bottom:12px}
.card{flex:1 1 120px;border:1px solid #dee2e6;border-radius:6px;padding:8px 12px}.card b{display:block;font-size:20px}.card span{font-size:12px;color:var(--muted)}.card.warn b{color:#c92a2a}
.grid{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:16px}
.grid3{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:16px;margin-top:16px}
@media (max-width:900px){.grid,.grid3{grid-template-columns:1fr}}
.draft{white-space:pre-wrap;word-break:break-word;max-height:70vh;overflow:auto;border:1px solid #e9ecef;border-radius:4px;padding:12px;background:#fff}
mark.m{cursor:pointer;border-bottom:2px solid;color:inherit}
.k-copy{background:var(--copy);border-color:var(--copy-b)}.k-quote{background:var(--quote);border-color:var(--quote-b)}
.k-boilerplate{background:var(--boilerplate);border-color:var(--boilerplate-b)}.k-self{background:var(--self);border-color:var(--self-b)}
mark.sel{box-shadow:inset 0 -3px 0 #1864ab;filter:saturate(1.8)}
.flag{text-decoration:underline wavy var(--flag);text-underline-offset:3px}
.panel{position:sticky;top:8px;align-self:start;border:1px solid #e9ecef;border-radius:4px;padding:12px;max-height:70vh;overflow:auto;background:#fcfcfd}
.hint,.empty{color:var(--muted)}
.side{display:grid;grid-template-columns:1fr 1fr;gap:8px}
.passage{white-space:pre-wrap;word-break:break-word;border:1px solid #e9ecef;border-radius:4px;padding:8px;font-size:14px;background:#fff}
.ctx{color:#adb5bd}
ins{background:#b2f2bb;text-decoration:none}del{background:#ffc9c9;text-decoration:line-through}
.legend-diff{font-size:12px;color:var(--muted)}
ol.sources,ul.sections,ul.scores{list-style:none;margin:0;padding:0}
.sources li,.sections li,.scores li{display:grid;grid-template-columns:auto minmax(0,1fr) 90px auto;gap:6px;align-items:center;font-size:13px;padding:3px 0}
.sources li{cursor:pointer}.sections li,.scores li{grid-template-columns:minmax(0,1fr) 90px auto}
.rank{color:var(--muted)}.name{overflow:hidden;text-overflow:ellipsis}
.lv2 .name{padding-left:1em}.lv3 .name{padding-left:2em}.lv4 .name{padding-left:3em}
.bar{height:8px;background:#e9ecef;border-radius:4px;overflow:hidden}.bar i{display:block;height:100%;background:var(--copy-b)}
.bar i.hot{background:#c92a2a}.bar i.mid{background:#f08c00}.bar i.ok{background:#2f9e44}
.scores .bar i{background:#2f9e44}
.num{font-variant-numeric:tabular-nums;color:#495057;white-space:nowrap}
.metrics{font-size:12px;color:#495057}
ul.findings{padding-left:0;list-style:none;font-size:13px}ul.findings li{padding:4px 0;border-bottom:1px solid #f1f3f5}
.findings q{display:block;color:#495057}.sugg{color:#2b8a3e}
.sev-error b{color:#c92a2a}.sev-warning b{color:#e67700}.sev-info b{color:#1c7ed6}
.failed .error{color:#c92a2a}
`;

/**
 * The page's only script: a click (or Enter) on a highlighted passage or a ranked source selects that
 * match, marks all its pieces and shows its comparison. It reads only ids the reporter wrote.
 */
export const SCRIPT = `
(function () {
  function select(target) {
    var id = target.getAttribute('data-m');
    var doc = target.closest('.doc');
    if (!id || !doc) return;
    doc.querySelectorAll('mark.sel').forEach(function (el) { el.classList.remove('sel'); });
    doc.querySelectorAll('mark[data-m="' + id + '"]').forEach(function (el) { el.classList.add('sel'); });
    doc.querySelectorAll('.cmp').forEach(function (el) { el.hidden = el.id !== 'cmp-' + id; });
    var hint = doc.querySelector('.hint');
    if (hint) hint.hidden = true;
    if (target.tagName !== 'MARK') {
      var first = doc.querySelector('mark[data-m="' + id + '"]');
      if (first) first.scrollIntoView({ block: 'center' });
    }
  }
  document.addEventListener('click', function (event) {
    var target = event.target.closest && event.target.closest('[data-m]');
    if (target) select(target);
  });
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter') return;
    var target = event.target.closest && event.target.closest('[data-m]');
    if (target) select(target);
  });
})();
`;
