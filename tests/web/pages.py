"""What the browser tests share: sample résumés and answers, and a driver of the interview tab."""

from __future__ import annotations

import re

RESUME_EN = """Jane Candidate — ML engineer
Projects
Search ranking revamp (2023): led the rewrite of the ranking service; recall from 72% to 86%;
p99 latency under 300 ms. Skills: Python, PyTorch, Elasticsearch.
"""
RESUME_ZH = """求职者 — 算法工程师
项目经历
智能客服问答系统（2023）：负责检索与排序，召回率从72%提升到86%，响应延迟降低30%。
技能：Python、PyTorch、向量检索
"""
ANSWERS_EN = [
    "I led the search ranking rewrite. Recall was 72% on our 2,000-query test set; I chose a "
    "two-stage ranker over a single large model because latency mattered, and reached 86%.",
    "I personally wrote the feature pipeline and the offline evaluation. We weighed nightly batch "
    "against streaming updates and chose batch, trading freshness for cost.",
    "The first rollout failed: p99 went to 900 ms. I learned to load-test with production traffic "
    "before launch, and after caching we held p99 under 300 ms.",
]
ANSWERS_ZH = [
    "我负责智能客服的检索排序。当时召回率只有72%，测试集是两千条真实问题；我比较了单模型和两阶段方案，"
    "因为延迟要求选了两阶段，最后召回率提升到86%。",
    "我亲自写了特征管道和离线评估脚本。我们在每天批量更新和实时更新之间做了权衡，选择批量，牺牲一些时效换成本。",
    "第一次上线失败了，延迟涨到九百毫秒。我学到要用线上流量先压测，加缓存后延迟降低了30%。",
]
XSS = "<script>alert(1)</script> <img src=x onerror=alert(2)>"


def wait_ready(page) -> None:
    """Until the page's load events have run: before that a language click would be undone."""
    page.wait_for_function("() => document.documentElement.dataset.ivReady === '1'", timeout=60_000)


class InterviewPage:
    """Drives the interview tab through the DOM, like a user."""

    def __init__(self, page) -> None:
        self.page = page
        # Start stays disabled while a pasted résumé is read; on two cores shared by the whole
        # suite that read took over Playwright's 30 s default once (CI on e59023a).
        page.set_default_timeout(60_000)
        self.dialogs: list[str] = []
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

    def open(self, url: str) -> None:
        self.page.goto(url)
        self.page.wait_for_selector("#start", state="visible", timeout=30_000)
        wait_ready(self.page)

    def set_lang(self, lang: str) -> None:
        self.page.locator("#ui-lang label", has_text="中文" if lang == "zh" else "English").click()
        label = "开始面试" if lang == "zh" else "Start interview"
        self.page.wait_for_function(
            "label => document.querySelector('#start').innerText.includes(label)",
            arg=label,
            timeout=60_000,  # the first switch after start re-labels the whole page
        )

    def count(self, who: str) -> int:
        return self.page.locator(f"#chat [data-testid='{who}']").count()

    def _wait_turn_done(self, bots_before: int) -> None:
        """Until a new interviewer message is shown and the page is ready for the next step."""
        self.page.wait_for_function(
            """n => document.querySelectorAll("#chat [data-testid='bot']").length > n &&
                   (!document.querySelector('#answer textarea').disabled ||
                    document.querySelector('#report .iv-report'))""",
            arg=bots_before,
            timeout=60_000,  # two cores shared by several test runs can be slow
        )

    def start(self, resume: str) -> None:
        self.page.fill("#resume-text textarea", resume)
        before = self.count("bot")
        self.page.click("#start")
        self._wait_turn_done(before)

    def answer(self, text: str) -> None:
        before = self.count("bot")
        self.page.fill("#answer textarea", text)
        self.page.click("#send")
        self._wait_turn_done(before)

    def session_id(self) -> int:
        status = self.page.inner_text("#status")
        m = re.search(r"#(\d+)|第 (\d+) 场", status)
        assert m, status
        return int(m.group(1) or m.group(2))

    def end(self) -> None:
        self.page.click("#end")
        self.page.wait_for_selector("#report .iv-report", timeout=30_000)

    def open_review(self, lang: str) -> None:
        self.page.get_by_role(
            "tab", name="回顾与进步" if lang == "zh" else "Review & progress"
        ).click()
        self.page.wait_for_selector("#sessions-table", state="visible")
