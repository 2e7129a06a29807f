"""Which indicator a figure counts: the phrase families of phrases.yml matched against the
figure's own words, then its label or list header, then its section heading; money is the
capital of the project count before it only after a capital cue. No rule, or more than one,
sends the number to review with the reason.

A mixin of the document extractor (it reads the rules and indicators and queues for review)."""

from __future__ import annotations

import functools
import re

from dagster_project.documents.groups import FigureGroup, counts_time, repeats_words_before
from dagster_project.documents.quantities import Quantity
from dagster_project.documents.rules import (
    IndicatorRule,
    foreign_partner_names,
    has_any,
    has_phrase,
    likely_indicators,
    says_a_plan,
)
from dagster_project.documents.scopes import find_scopes, without_periods
from dagster_project.documents.word_lists import word_list
from dagster_project.parsing.text import normalize_label

SEVERAL_FIT = "several indicators fit"
READS_LIKE = "reads like"
# The reasons that say which indicator a number counts is not settled.
INDICATOR_DOUBTS = (SEVERAL_FIT, READS_LIKE)
NO_INDICATOR_COUNTS = "no indicator counts"


# Words that only state a value, after its period: "Năm 2017 đạt …", "Quý I là …", "riêng năm 2020 khoảng …".
_BARE_VALUE_WORDS = frozenset(
    "dat la co tong cong gia tri muc uoc khoang tren hon gan xap xi rieng tinh chung va thi con chi moi".split()
)


def _names_only_the_whole(heading: str, rule: IndicatorRule, year: int | None) -> bool:
    """Whether a heading's words are the rule's own, periods and the words money headings use, and name no partner
    of its own: "II. KINH PHÍ HỖ TRỢ CÁC TỈNH CỦA LÀO NĂM 2024", not "2. Kinh phí hỗ trợ tỉnh bạn Khăm Muộn" nor
    "GIÁ TRỊ VIỆN TRỢ CỦA TỔ CHỨC PCPNN WORLD VISION" (one partner's share)."""
    if has_any(heading, foreign_partner_names("province")):
        return False
    heading = without_periods(heading, year)
    own = {word for group in (*rule.near, *rule.clause) for phrase in group for word in phrase.split()}
    allowed = own | {word for phrase in word_list("money_headings.words") for word in phrase.split()}
    return {word for word in heading.split() if not word.isdigit() and not re.fullmatch(r"[ivx]+", word)} <= allowed


def names_one_field(subject_words: str) -> bool:
    """Whether a report's (normalised) title names one field of work, not the province's foreign affairs as a whole."""
    return bool(subject_words) and not has_any(subject_words, word_list("topic_reports.general_subject_words"))


def _without_units(words: str, units: frozenset[str]) -> str:
    """The words without their numbers and the given units' phrases (longest first)."""
    left = f" {re.sub(r'[0-9]+', ' ', words)} "
    for unit in sorted(units, key=len, reverse=True):
        left = left.replace(f" {unit} ", " ")
    return left


class RuleChoice:
    def _matching_rules(
        self, unit: str | None, near: str, clause: str, sentence: str, after: str = ""
    ) -> tuple[list[IndicatorRule], list[tuple[IndicatorRule, str]]]:
        matched, stopped = [], []
        for rule in self.rules_by_unit.get(unit, ()):
            if rule.follows or not rule.requirements_met(unit, near, clause, sentence):
                continue
            blocker = rule.excluded_by(near, clause, after)
            (stopped.append((rule, blocker)) if blocker else matched.append(rule))
        return matched, stopped

    def _rules_in_context(self, unit, near: str, topics: list[str], clause: str, sentence: str, after: str = ""):
        """Rules matching the figure's own words, else its label or list header, else its heading."""
        matched, stopped = self._matching_rules(unit, near, clause, sentence, after)
        for topic in topics:
            if matched or stopped:
                break
            if topic:
                # The section heading says whose work the whole section is ("Viện trợ phi chính phủ
                # nước ngoài").
                whole = f"{topic} {sentence}" if topic == topics[-1] else f"{topic} {sentence} {topics[-1]}"
                matched, stopped = self._matching_rules(unit, f"{topic} {near}", f"{topic} {clause}", whole, after)
                if (
                    len(matched) == 1
                    and len(re.findall(rf"\b\d+ {re.escape(unit)}\b", topic)) > 1
                    and any(_counts_before(topic, blocker) for _, blocker in stopped)
                ):
                    # "… 41 dự án, trong đó: 37 dự án trong nước …; 04 dự án FDI …. Riêng quý III/2023, chấp
                    # thuận 15 dự án": the words before it count several things of its noun, and leave one
                    # indicator only by blocking the others with those counts' words; they do not say
                    # which it is. (A label's words, "Đoàn của các cơ quan đại diện …: …", do say.)
                    matched = [*matched, *(rule for rule, _ in stopped)]
                if topic is topics[-1]:
                    # A heading or title naming two subjects ("… qua các cửa khẩu biên giới đất liền và cảng
                    # biển") meets a rule and its rival alike; its words that stop the rival do not say which
                    # one counts. (A label's words, as above, do.)
                    matched += [
                        rule
                        for rule, blocker in stopped
                        if matched and not has_phrase(f"{near} {clause}", blocker) and _fully_named_by(rule, topic)
                    ]
        if (
            not matched
            and stopped
            and topics
            and (inner := normalize_label(getattr(self, "heading_text", "") or ""))
            and inner != (path := normalize_label(topics[-1]))
            and inner in path
        ):
            # "2. Cảng biển Vũng Áng" under "II. … QUA CÁC CỬA KHẨU": the nearer heading says which part of the wider
            # one the figures are; the wider one's words do not stop what the nearer one names.
            # (only a heading naming the rule's own subject, "Cảng biển …" for the port's counts; not "2. Đoàn
            # vào" under "IV. CÔNG TÁC NGƯỜI VIỆT NAM Ở NƯỚC NGOÀI", whose words stop the guests' rule as they should)
            narrower = self._rules_in_context(unit, near, [*topics[:-1], inner], clause, sentence, after)
            named = [rule for rule in narrower[0] if rule.clause and all(has_any(inner, g) for g in rule.clause)]
            if named:
                return named, narrower[1]
        if not matched and stopped and topics:
            return self._settled_by_the_headings_under_the_title(unit, near, topics, clause, sentence, after, stopped)
        return matched, stopped

    def _settled_by_the_headings_under_the_title(self, unit, near, topics, clause, sentence, after, stopped):
        """A title naming both sides ("Công tác quản lý đoàn ra, đoàn vào năm 2025") stops either side's rule with the
        other's words; a heading under it naming one side ("II. KẾT QUẢ QUẢN LÝ ĐOÀN RA") says which its figures are.
        (Only a rule stopped by the title's words alone, which the headings name in full and nothing else stops.)"""
        title, headings = self.subject_words, normalize_label(getattr(self, "heading_path", ""))
        own = f"{near} {clause} {sentence} {headings}"
        stopped_by_the_title = [
            rule for rule, blocker in stopped if has_phrase(title, blocker) and not has_phrase(own, blocker)
        ]
        if not title or not stopped_by_the_title:
            return [], stopped
        untitled = [f" {topic} ".replace(f" {title} ", " ").strip() for topic in topics]
        if untitled == [topic.strip() for topic in topics]:
            return [], stopped  # (the title is in no topic: its words came from elsewhere)
        matched, _ = self._rules_in_context(unit, near, untitled, clause, sentence, after)
        if len(matched) == 1 and matched[0] in stopped_by_the_title and _fully_named_by(matched[0], headings):
            return matched, []
        return [], stopped

    def _capital_rule(
        self, quantity: Quantity, near: str, resolved: list[tuple[Quantity, str]]
    ) -> tuple[IndicatorRule | None, str]:
        if not has_any(near, word_list("capital_cues")):
            return None, "money amount not tied to an indicator"
        projects = [(q, code) for q, code in resolved if q.end <= quantity.start and code in self.capital]
        if not projects:
            return None, "capital amount without a project count before it in the sentence"
        rule = self.capital[projects[-1][1]]
        if quantity.currency != self.indicators[rule.indicator].unit:
            return (
                None,
                f"capital of {projects[-1][1]} written in {quantity.currency}, "
                f"the indicator is in {self.indicators[rule.indicator].unit}",
            )
        return rule, ""

    def _matching_under_the_subject(self, unit, near: str, clause: str, sentence: str, after: str = ""):
        """Rules met when the report's subject (its title) is read as the clause's place: "Tình hình xuất nhập cảnh
        qua Cửa khẩu quốc tế Cầu Treo năm 2023" over "có 402.118 lượt người xuất, nhập cảnh"."""
        # (only a rule kept for one place, and a subject naming that place: "phi chính phủ nước ngoài" in a title is no
        # place abroad for the officials a sentence of it trains)
        outer = f"{self._outer_headings()} {sentence}"
        if has_any(f"{clause} {getattr(self, 'heading_path', '')}", word_list("subjects.border_places")):
            # (not where the clause or its heading names a gate, a post or a port of its own: "Đồn Biên phòng Sơn Hồng
            # làm thủ tục cho 410 lượt phương tiện", "2. Phối hợp với khu vực cảng")
            return [], []
        matched, stopped = self._matching_rules(unit, near, f"{self.subject_words} {clause}", outer, after)
        named = [
            rule for rule in matched if any(has_phrase(self.subject_words, place) for place in rule.whole_in_clause)
        ]
        return named, [(rule, blocker) for rule, blocker in stopped if rule.whole_in_clause]

    def _named_by_the_subject(self, unit, quantity, topic: str, clause: str, sentence: str) -> list:
        return self._named_in_full_by(self.subject_words, unit, quantity, topic, clause, sentence)

    def _named_by_the_heading(self, unit, quantity, topic: str, clause: str, sentence: str) -> list:
        """The money rule the nearest heading names in full ("II. KINH PHÍ HỖ TRỢ CÁC TỈNH CỦA LÀO"), for an amount
        whose own clause only dates it ("- Quý I/2024: 2,6 tỷ đồng;"): the section is that one total, period by
        period. (Not "II. HỢP TÁC VỚI LÀO", which names a field, nor an amount with words of its own.)"""
        # (its own words must date it, and nothing may follow it: not an answer "C. Khoảng 4,2 tỷ đồng" under a
        # quiz's question, nor "- Quý IV: 6 tỷ đồng (trị giá 200 bộ máy tính)", one gift's worth)
        written = re.sub(r"\([^()]*\)", " ", getattr(self, "heading_written", "") or "")
        heading = normalize_label(written)
        if (
            not heading
            or "?" in written
            or says_a_plan(heading)
            or has_any(heading, word_list("money_headings.not_whole"))
        ):
            return []  # (a quiz's question, "Câu 1. … năm nào?", or a plan, "DỰ TOÁN … ĐƯỢC GIAO": no results' total)
        named = self._named_in_full_by(heading, unit, quantity, f"{heading} {topic}", clause, sentence, alone=True)
        if len(named) != 1 or not _names_only_the_whole(heading, named[0], self.report_year):
            return []
        return named

    def _named_in_full_by(
        self, subject: str, unit, quantity, topic: str, clause: str, sentence: str, alone: bool = False
    ) -> list:
        """The money rule the report's title names in full ("Kết quả hỗ trợ, tặng quà các tỉnh của nước CHDCND Lào"),
        for an amount whose own clause only dates it ("Năm 2017 đạt 2 tỷ 980 triệu đồng", "quý I/2020 hỗ trợ 360 triệu
        đồng") after words that say it is of
        that kind ("Giá trị hỗ trợ tăng qua từng năm."): the report is on that one thing. (Not an amount with words of
        its own: "Ngân sách Trung ương hỗ trợ tỉnh 500 triệu đồng", "hỗ trợ xây dựng Trường … 2 tỷ đồng".)"""
        named, _ = self._matching_rules(unit, subject, subject, subject)
        amount = normalize_label(quantity.as_written)
        own = clause[: clause.find(amount)] if amount and amount in clause else clause
        if len(named) != 1 or not named[0].near or not has_any(f"{topic} {own}", named[0].near[0]):
            return []
        scopes = find_scopes(own, self.report_year)
        if alone and (not scopes or not amount or clause[clause.find(amount) + len(amount) :].strip()):
            return []
        for start, scope in sorted(scopes, key=lambda item: -item[0]):
            own = own[:start] + own[start + len(scope.evidence) :]
        for phrase in named[0].near[0]:  # (and its kind's own verb: "quý I/2020 hỗ trợ 360 triệu đồng")
            own = f" {own} ".replace(f" {phrase} ", " ")
        if not set(own.split()) <= _BARE_VALUE_WORDS:
            return []
        matched, stopped = self._matching_rules(
            unit, f"{subject} {topic}", f"{subject} {clause}", f"{subject} {sentence}"
        )
        return matched if matched == named and not stopped else []

    def _counted_as_the_subject_names(self, unit, quantity, near: str, clause: str, sentence: str, after: str) -> list:
        """The one rule a report's title names in full ("Danh mục hội nghị, hội thảo quốc tế … năm 2021"), for a count
        of its noun alone ("6 tháng đầu năm tổ chức 03 hội nghị, hội thảo;"): the report is on those. (Not a noun with
        words of its own after it, "05 hội nghị tập huấn", which may be another kind.)"""
        subject = self.subject_words
        noun = quantity.unit_words
        if has_any(f" {subject} ".replace(" so ngoai vu ", " "), word_list("subject_counts.not_the_whole")) or has_any(
            subject, foreign_partner_names("country")
        ):
            return []  # (a title naming whose share it is: "… do Sở Y tế chủ trì", "… tại Hàn Quốc")
        field_units = self._title_field_units
        # (the noun named in the title, or a title on one field's work, "Tình hình xuất cảnh, nhập cảnh qua Cửa khẩu
        # quốc tế Cầu Treo tháng 9 năm 2024", over "Tháng 7/2024: 47.318 lượt người"; one field only: not a title on
        # consular work, exit and entry and Vietnamese abroad together; and a line of nothing but its period and the
        # field's counts: not "- Ngân sách tỉnh (Chương trình 274): 07 đoàn, 32 lượt", a part)
        in_the_fields_unit = (
            not has_phrase(subject, noun)
            and noun in field_units
            and not has_any(subject, word_list("subject_counts.other_fields"))
            and not set(_without_units(without_periods(sentence, self.report_year), field_units).split())
            - _BARE_VALUE_WORDS
            - set(word_list("subject_counts.lead_words"))
            and self._title_names_only_the_field(unit, noun, subject)
        )
        rest = normalize_label(after)
        rest = rest[len(noun) :] if rest.startswith(noun) else rest
        if in_the_fields_unit and not _without_units(rest, field_units).split():
            rest = ""
        named_in_the_title = has_phrase(subject, noun) or in_the_fields_unit
        if not noun or not named_in_the_title or rest.split()[:1] not in ([], ["rieng"], ["trong"], ["va"]):
            return []
        # (and nothing but a period, a verb of the count and its noun before it: not "… của Thủ tướng Chính phủ 01 hội
        # nghị", one authority's share)
        own = without_periods(near, self.report_year)
        for phrase in (noun, *word_list("subject_counts.lead_words")):
            own = f" {own} ".replace(f" {phrase} ", " ")
        # (the figure before it on the line, of the same field: "38.114 lượt người, 8.025 lượt phương tiện")
        if in_the_fields_unit and not _without_units(own, field_units).split():
            own = ""
        if not set(own.split()) <= _BARE_VALUE_WORDS:
            return []
        matched, stopped = self._matching_rules(
            unit, f"{subject} {near}", f"{subject} {clause}", f"{subject} {sentence}"
        )
        # (the title and the noun together: "lượt phương tiện" under a title on exit and entry)
        named = [
            rule
            for rule in matched
            if all(has_any(f"{subject} {noun}", group) for group in (*rule.near, *rule.clause))
            and (rule.near or rule.clause)
        ]
        return named if len(named) == 1 and not stopped else []

    @functools.cached_property
    def _title_field_units(self) -> frozenset[str]:
        """The units of the fields the report's title names (read once): a line may go on with the next figure of its
        field, "47.318 lượt người, 10.204 lượt phương tiện"."""
        subject = self.subject_words
        return frozenset(
            counted
            for rule in self.rules
            if (rule.near or rule.clause)
            for counted in rule.units
            if all(has_any(f"{subject} {counted}", group) for group in (*rule.near, *rule.clause))
        )

    def _title_names_only_the_field(self, unit, noun: str, subject: str) -> bool:
        """Whether a title's words, past its frame ("Tình hình", "Ghi chú nghiệp vụ") and its periods, are all words of
        the rule a count's unit would be read as ("xuất cảnh, nhập cảnh qua Cửa khẩu quốc tế Cầu Treo"); not a part of
        its population or another purpose ("công dân Việt Nam …", "khách du lịch …", "xuất nhập khẩu hàng hóa …",
        "cửa khẩu chính Sơn Hồng")."""
        own_words = {
            word
            for rule in self.rules_by_unit.get(unit, ())
            for group in (*rule.near, *rule.clause, rule.whole_in_clause)
            for phrase in group
            for word in phrase.split()
        }
        frame = set(" ".join(word_list("subject_counts.title_frame_words")).split())
        left = set(without_periods(subject, self.report_year).split()) - own_words - frame - set(noun.split())
        return not {word for word in left if not word.isdigit()}

    def _not_a_field_the_headings_leave(self, unit, near, clause, sentence, matched, stopped):
        """Rules met only with the title's words, less those whose excluding words a heading above the figure names: a
        report "… vốn ODA … và viện trợ phi chính phủ nước ngoài" meets the NGO rule everywhere, but under "1. Nguồn vốn
        ODA" the section is on the other field."""
        headings = getattr(self, "heading_path", "")
        excluding = {
            rule: phrase
            for rule in matched
            if (phrase := next((p for p in (*rule.not_near, *rule.not_clause) if has_phrase(headings, p)), None))
        }
        if not excluding:
            return matched, stopped
        within_the_headings, _ = self._matching_rules(unit, near, clause, f"{headings} {sentence}")
        left = [rule for rule in excluding if rule not in within_the_headings]
        return [rule for rule in matched if rule not in left], [*stopped, *((rule, excluding[rule]) for rule in left)]

    def _one_topic_subject(self) -> bool:
        return names_one_field(self.subject_words)

    def _outer_headings(self) -> str:
        """The words of the report's title and of every heading above the figure (set by the section
        state as it is read): a report "về viện trợ phi chính phủ nước ngoài" is on that aid throughout."""
        return f"{self.subject_words} {getattr(self, 'heading_path', '')}"

    def _choose_rule(
        self,
        quantity,
        unit,
        near,
        topics,
        clause_norm,
        sentence_norm,
        resolved,
        written,
        after: str = "",
        under_the_subject: bool = False,
    ) -> IndicatorRule | None:
        """The one rule a figure matches, or None after sending it to review with the reason."""
        if quantity.is_money and not any(quantity.currency in rule.units for rule in self.rules):
            # "2 tỷ 600 triệu kíp": no indicator is kept in this currency; nobody can accept it as one.
            self._review(
                f"an amount in {quantity.currency}, a currency no indicator is kept in",
                [],
                written,
                quantity,
                unit=unit,
                set_aside=True,
            )
            return None
        if quantity.is_money:
            rule, reason = self._capital_rule(quantity, near, resolved)
            if rule is not None:
                return rule
            # A section heading ("Hợp tác với các tỉnh của Lào") does not make one gift the total,
            # but it may say whose aid the amount is ("4. Viện trợ phi chính phủ nước ngoài").
            matched, _ = self._rules_in_context(unit, near, topics[:1], clause_norm, sentence_norm)
            # Its own words, then with its label's ("giá trị cam kết đạt 780.000 USD (Quý I: 565.000 USD)"),
            # in the sentence read with its heading, then with the title and every heading above.
            # (and with the words before it in its sentence, when it repeats what they counted: "Tổng giá trị
            # cam kết … đạt trên 9,6 triệu USD, cụ thể: năm 2021: 1,42 triệu USD; …")
            for words in (near, f"{topics[0]} {near}", *(f"{topic} {near}" for topic in topics[1:-1])):
                for context in (topics[-1], self._outer_headings()):
                    if not matched:
                        matched, _ = self._matching_rules(unit, words, clause_norm, f"{context} {sentence_norm}")
            if not matched and self.partners:
                # A report on named partners: "hai tỉnh bạn" in its sentences are the partners its subject names.
                partners = f"{clause_norm} {' '.join(self.partners)}"
                matched, _ = self._matching_rules(unit, near, partners, f"{topics[-1]} {sentence_norm}")
            if not matched and self._one_topic_subject():
                matched = self._named_by_the_subject(unit, quantity, topics[0], clause_norm, sentence_norm)
            if not matched:
                matched = self._named_by_the_heading(unit, quantity, topics[0], clause_norm, sentence_norm)
            if len(matched) == 1:
                return matched[0]
            self._review(
                reason if not matched else SEVERAL_FIT,
                [r.indicator for r in matched],
                written,
                quantity,
                unit=unit,
            )
            return None
        matched, stopped = self._rules_in_context(unit, near, topics, clause_norm, sentence_norm, after)
        if not matched and not stopped:
            # "C. … TỔ CHỨC PHI CHÍNH PHỦ NƯỚC NGOÀI" over "2. Thẩm định …": the headings above say whose work
            # a figure is, when its own words say what it counts ("Thẩm định, tiếp nhận 53 chương trình, dự án").
            outer = f"{self._outer_headings()} {sentence_norm}"
            matched, stopped = self._matching_rules(unit, near, clause_norm, outer, after)
            matched, stopped = self._not_a_field_the_headings_leave(
                unit, near, clause_norm, sentence_norm, matched, stopped
            )
        if not matched and not stopped and under_the_subject:
            # (a table's row only: a sentence may name any post, side or office of its own in words this reader does
            # not know)
            matched, stopped = self._matching_under_the_subject(unit, near, clause_norm, sentence_norm, after)
        if not matched and not stopped and self._one_topic_subject():
            matched = self._counted_as_the_subject_names(unit, quantity, near, clause_norm, sentence_norm, after)
        if len(matched) == 1:
            return matched[0]
        if len(matched) > 1:
            self._review(SEVERAL_FIT, [r.indicator for r in matched], written, quantity, unit=unit)
        elif stopped:
            rule, blocker = stopped[0]
            self._review(
                f"{READS_LIKE} {rule.indicator} but '{blocker}' says otherwise",
                [r.indicator for r, _ in stopped],
                written,
                quantity,
                unit=unit,
            )
        elif not counts_time(quantity) or not quantity.unit_words.split():
            # (a bare number, "| Tổng cộng | 27 | 1.054.200 |", is no count of time: set apart, never lost)
            what = " ".join(quantity.unit_words.split()[:3]) or "nothing after the number"
            # The indicators its sentence, label or heading speak of; with none, the number counts what
            # no indicator counts ("18 người" at a meeting, "24 giờ" to answer) and is set apart.
            likely = likely_indicators(unit, " ".join([near, *topics, sentence_norm]))
            self._review(
                f"{NO_INDICATOR_COUNTS} '{what}'",
                likely,
                written,
                quantity,
                unit=unit,
                set_aside=unit is None or not likely,
            )
        return None

    def _words_of(
        self,
        group: FigureGroup,
        unit,
        topics: list[str],
        before: str,
        label_words: str | None,
        clause_norm: str,
        sentence_norm: str,
    ) -> tuple[str, list[str]]:
        """The words a figure is matched with, in widening circles: its own phrase; with the words
        before a comma ("..., giảm 7 đoàn so với năm 2020"); what the words before it counted, when
        it names nothing new ("…, ước cả năm 06 thỏa thuận"); its label, list header, heading."""
        near = group.near
        if self._rules_in_context(unit, near, topics[:1], clause_norm, sentence_norm) == ([], []):
            near = group.near_with_previous
        lead = group.lead.replace(normalize_label(label_words), " ") if label_words else group.lead
        if (
            unit
            and self._rules_in_context(unit, near, topics[:1], clause_norm, sentence_norm) == ([], [])
            and repeats_words_before(lead, before, unit)
        ):
            topics = [topics[0], before, topics[-1]]
        return near, topics

    def _part_of_headline(
        self,
        headline: set[str] | None,
        quantity: Quantity,
        unit,
        near: str,
        topics: list[str],
        clause_norm: str,
        sentence_norm: str,
    ) -> list[str]:
        """ "(trong đó: đại học 620 lưu học sinh; ...)": under a headline, a figure whose words name
        no indicator but whose noun is the headline's is a part of it."""
        if (
            not headline
            or not unit
            or quantity.is_money
            or self._rules_in_context(unit, near, topics, clause_norm, sentence_norm) != ([], [])
        ):
            return []
        return sorted(
            code for code in headline if unit in next(rule for rule in self.rules if rule.indicator == code).units
        )

    def another_field_named(self, rule: IndicatorRule, label: str) -> str | None:
        """Another indicator, of another unit, that a row's label names by words of its own (words the chosen rule does
        not ask for) with the noun it counts, and does not rule out; else None."""
        # (the words of the chosen rule's own phrases are its: "chứng nhận lãnh sự" holds the "lãnh sự" of cases)
        rest = f" {label} "
        for phrase in sorted({p for group in (*rule.near, *rule.clause) for p in group}, key=len, reverse=True):
            rest = rest.replace(f" {phrase} ", " | ")
        for other in self.rules:
            if other.indicator == rule.indicator or set(other.units) & set(rule.units) or other.follows:
                continue
            # (by the noun it counts as well: "thẩm định" alone names no appraised projects)
            nouns = [noun for noun in other.units if not noun.isupper()]
            if (
                _fully_named_by(other, rest.strip())
                and any(has_phrase(rest, noun) for noun in nouns)
                and other.excluded_by(label, label) is None
            ):
                return other.indicator
        return None


def _counts_before(words: str, phrase: str) -> bool:
    """Whether ``phrase`` is among the words of a count in ``words`` (after a number), not of its label."""
    first_number = next((i for i, word in enumerate(words.split()) if word.isdigit()), None)
    return first_number is not None and has_phrase(" ".join(words.split()[first_number:]), phrase)


def _fully_named_by(rule: IndicatorRule, words: str) -> bool:
    """Whether ``words`` alone meet every phrase group a rule asks of a figure's words and clause."""
    return bool(rule.near or rule.clause) and all(has_any(words, group) for group in (*rule.near, *rule.clause))
