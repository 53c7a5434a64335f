// Page helpers that must act before a round trip to the server:
// - Gradio's own widget texts (Drop File Here, Record, ...) follow the language chosen in the
//   app, not only the browser's.
// - Submit is disabled while the answer box is empty, so an empty answer is never sent.
// - An optional timer shows how long the current question has been open.
// - An unsent answer is kept per session in localStorage until it is sent (drafts only: a sent
//   answer is removed at once and never stored in the browser).
(function () {
  const DRAFT_PREFIX = "interviewer-draft-";

  // Gradio's own widget texts follow the browser's Accept-Language, not the language chosen
  // here: swap the known ones (window.ivGradioTexts: [[en, zh], ...], from ui_strings.yaml).
  const pairs = window.ivGradioTexts || [];
  function pageLang() {
    const checked = document.querySelector("#ui-lang input:checked");
    if (!checked) return null;
    return /中文|zh/.test(checked.value) ? "zh" : "en";
  }
  function swapTexts(root, lang) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue.trim();
      if (!text) continue;
      for (const [en, zh] of pairs) {
        const from = lang === "zh" ? en : zh;
        if (text === from) {
          node.nodeValue = node.nodeValue.replace(from, lang === "zh" ? zh : en);
          break;
        }
      }
    }
  }
  let swappedFor = null;
  function syncGradioTexts() {
    const lang = pageLang();
    if (!lang || !pairs.length) return;
    if (lang === "en" && swappedFor !== "zh") return; // nothing to undo
    swappedFor = lang;
    swapTexts(document.body, lang);
  }

  const box = () => document.querySelector("#answer textarea");
  const sendButton = () => document.querySelector("#send");
  const sessionId = () => {
    const el = document.querySelector("#progress .iv-progress[data-sid]");
    return el ? el.getAttribute("data-sid") : "";
  };
  const draftKey = () => (sessionId() ? DRAFT_PREFIX + sessionId() : null);
  let restoredFor = null;

  function syncSend() {
    const ta = box(), send = sendButton();
    if (!ta || !send || ta.disabled) return;
    const empty = !ta.value.trim();
    if (send.disabled !== empty) send.disabled = empty;
  }

  function saveDraft() {
    const ta = box(), key = draftKey();
    if (!ta || !key || ta.disabled) return;
    try {
      if (ta.value.trim()) localStorage.setItem(key, ta.value);
      else localStorage.removeItem(key);
    } catch (e) { /* storage full or blocked: the draft is simply not kept */ }
  }

  function restoreDraft() {
    const ta = box(), key = draftKey();
    if (!ta || !key || ta.disabled || restoredFor === key) return;
    restoredFor = key;
    let draft = null;
    try { draft = localStorage.getItem(key); } catch (e) { return; }
    if (draft && !ta.value) {
      ta.value = draft;
      ta.dispatchEvent(new Event("input", { bubbles: true }));
    }
  }

  function forgetDraft() {
    const key = draftKey();
    try { if (key) localStorage.removeItem(key); } catch (e) { /* nothing kept */ }
  }

  document.addEventListener("input", (ev) => {
    if (ev.target && ev.target.closest && ev.target.closest("#answer")) {
      syncSend();
      saveDraft();
    }
  }, true);
  document.addEventListener("click", (ev) => {
    const t = ev.target && ev.target.closest && ev.target.closest("#send");
    if (t && !t.disabled) forgetDraft();
  }, true);
  // When the report replaces the chat, bring its first line (the interviewer's closing) into view.
  let shownReport = null;
  function revealReport() {
    const el = document.querySelector("#report .iv-closing");
    if (!el || el === shownReport || !el.offsetParent) return;
    shownReport = el;
    const top = el.getBoundingClientRect().top;
    if (top < 0 || top > window.innerHeight * 0.6) el.scrollIntoView({ block: "start" });
  }
  // The optional per-question timer: time since the current question appeared.
  let bots = -1, askedAt = 0;
  function syncTimer() {
    const out = document.querySelector("#timer .iv-timer");
    const on = document.querySelector("#timer-on input");
    const ta = box();
    if (!out) return;
    const n = document.querySelectorAll("#chat [data-testid='bot']").length;
    if (n !== bots) { bots = n; askedAt = Date.now(); }
    if (!on || !on.checked || !ta || ta.disabled) { out.textContent = ""; return; }
    const s = Math.floor((Date.now() - askedAt) / 1000);
    out.textContent = "⏱ " + Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
  }
  // The server re-renders the answer box and its buttons; re-check a few times a second.
  setInterval(() => { restoreDraft(); syncSend(); revealReport(); syncGradioTexts(); syncTimer(); }, 300);
})();
