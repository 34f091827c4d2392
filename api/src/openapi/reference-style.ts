// The reference page's stylesheet, inline and allowed by its hash (reference-page.ts): readable
// on a phone (one column, tables that scroll sideways rather than overflow the page).
export const referenceStyle = `
body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1b1f23;background:#f6f7f9}
header,main{max-width:60rem;margin:0 auto;padding:0 1rem}
header{padding-top:1rem}
h1{font-size:1.5rem;margin:.5rem 0}
h2{font-size:1.25rem;margin:2rem 0 .5rem;padding-bottom:.25rem;border-bottom:2px solid #c9d1d9}
h2 small{font-weight:normal;color:#57606a}
h3{font-size:1rem;margin:0 0 .25rem;display:flex;flex-wrap:wrap;gap:.5rem;align-items:baseline}
h4{font-size:.9rem;margin:.75rem 0 .25rem;color:#57606a}
nav ul{padding-left:1.25rem;columns:16rem}
code{font:.9em ui-monospace,monospace;overflow-wrap:anywhere}
.op{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:.75rem;margin:.75rem 0}
.summary{font-weight:600;margin:.25rem 0}
.roles{color:#57606a;font-size:.9rem}
.method{font:700 .8rem ui-monospace,monospace;padding:.1rem .4rem;border-radius:4px;color:#fff;background:#57606a}
.get{background:#0969da}.post{background:#1a7f37}.put,.patch{background:#9a6700}.delete{background:#cf222e}
.path{font-size:1rem;font-weight:600}
.req{font-size:.75rem;color:#cf222e}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border:1px solid #d0d7de;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}
.answers{margin:.25rem 0;padding-left:1.25rem}
@media (max-width:40rem){
table,tbody,tr,td{display:block}
thead{display:none}
tr{border:1px solid #d0d7de;border-radius:4px;margin:.25rem 0;padding:.25rem 0}
td{border:none;padding:.1rem .5rem}
td:empty{display:none}
td::before{content:attr(data-label) ": ";color:#57606a;font-size:.8rem}
}
`;
