"""Quotes and speakers, on sentences written for these tests (never the seeds)."""
import pytest
from sco_etl.extract import extract
from sco_etl.parse.layout import parse_article


def quotes(body: str, header: str = "Ministers meet in Dushanbe"):
    article = parse_article(f"{header}\n\n{body}")
    found = extract(article)
    for quote in found.quotes:
        if " " not in quote.text or quote.span.end - quote.span.start == len(quote.text):
            assert article.text[quote.span.start:quote.span.end] == quote.text  # offsets point at the text
    return [(q.kind, q.text, _speaker(q)) for q in found.quotes], found


def _speaker(quote):
    if quote.speaker_person:
        return quote.speaker_person.full_name
    return quote.speaker_organisation.name if quote.speaker_organisation else None


@pytest.mark.parametrize("body, expected", [
    ('"Trade along the corridor doubled in two years," said Farida Nurlanovna, a trade analyst.',
     ("direct", "Trade along the corridor doubled in two years", "Farida Nurlanovna")),
    ("“The railway will open next spring,” Deputy Minister Rustam Aliyev said on Monday.",
     ("direct", "The railway will open next spring", "Rustam Aliyev")),
    ('Ambassador Lena Petrova told reporters: "We expect a decision before the winter session."',
     ("direct", "We expect a decision before the winter session", "Lena Petrova")),
    ('Tariffs have "not only slowed trade but also raised prices for families," said Omar Haidari.',
     ("direct", "not only slowed trade but also raised prices for families", "Omar Haidari")),
])
def test_direct_quote_forms(body, expected):
    found, _ = quotes(body)
    assert expected in found


@pytest.mark.parametrize("body, expected", [
    ("According to Mirzo Karimov, the new border posts will cut waiting times by half.",
     ("indirect", "the new border posts will cut waiting times by half", "Mirzo Karimov")),
    ("Nadia Sultanova, a senior researcher at the Caspian Policy Institute, stressed that water "
     "sharing needs a regional treaty.",
     ("indirect", "water sharing needs a regional treaty", "Nadia Sultanova")),
    ("Foreign Minister Arman Bekov told Kazinform that the talks had been constructive.",
     ("indirect", "the talks had been constructive", "Arman Bekov")),
    ("As Professor Tomas Lind put it, small states gain most from predictable rules.",
     ("indirect", "small states gain most from predictable rules", "Tomas Lind")),
    ("Regional gas prices are expected to fall next year, Karim Nazarov told the broadcaster.",
     ("indirect", "Regional gas prices are expected to fall next year", "Karim Nazarov")),
    ("Ulan Dzhaparov was quoted as saying that the customs union should be widened.",
     ("indirect", "the customs union should be widened", "Ulan Dzhaparov")),
    ("Mongolia's Ministry of Foreign Affairs said in a statement that it welcomed the new observers.",
     ("indirect", "it welcomed the new observers", "Mongolia's Ministry of Foreign Affairs")),
    ("Irina Sokolova, a fellow at the Baikal Policy Club, said Nepal's transit plan would take a decade.",
     ("indirect", "Nepal's transit plan would take a decade", "Irina Sokolova")),
    # a clause after "according to X," is the report, not an apposition of X
    ("According to the Kremlin, the two leaders discussed trade, energy and the grain corridor.",
     ("indirect", "the two leaders discussed trade, energy and the grain corridor", "Kremlin")),
    ("According to a statement issued by the Tongan Ministry of Foreign Affairs, the two leaders also reviewed "
     "progress on the ferry link, including the proposed port at Vava'u.",
     ("indirect", "the two leaders also reviewed progress on the ferry link, including the proposed port at Vava'u",
      "Tonga's Ministry of Foreign Affairs")),
    # a reported clause that opens with a quantifier, its verb a short one in the past
    ("Defence Minister Sione Vake said some countries used cross-border raids as an instrument of policy.",
     ("indirect", "some countries used cross-border raids as an instrument of policy", "Sione Vake")),
    # a body and the setting it spoke in, between commas
    ("The Tongan Ministry of Defence, in a separate statement, said Vake had also called for a joint patrol.",
     ("indirect", "Vake had also called for a joint patrol", "Tonga's Ministry of Defence")),
    # "As X noted in a paper, ..."
    ("As Professor Tomas Lind noted in a recent paper, Suva's problem was not eligibility but sequencing.",
     ("indirect", "Suva's problem was not eligibility but sequencing", "Tomas Lind")),
    # an affiliation in apposition: "X, of the Y Academy, said that"
    ("Prof Karim Haddad, of the Suva Diplomatic Academy, said that the bloc's growing economic agenda was of more "
     "interest to island states.",
     ("indirect", "the bloc's growing economic agenda was of more interest to island states", "Karim Haddad")),
])
def test_indirect_quote_forms(body, expected):
    found, _ = quotes(body)
    assert expected in found


def test_pronouns_and_surnames_resolve_to_the_full_name():
    found, _ = quotes(
        "Uzbek Foreign Minister Dilnoza Rashidova opened the session in Tashkent.\n\n"
        "Rashidova said the transit agreement would be signed within weeks.\n\n"
        "Freight volumes have already grown by a third, she said.")
    assert [speaker for _, _, speaker in found] == ["Dilnoza Rashidova", "Dilnoza Rashidova"]


def test_the_title_alone_refers_to_the_person_named_with_it():
    found, _ = quotes(
        "Foreign Minister Dilnoza Rahimova opened the session on Monday.\n\n"
        "Trade ministers from five states attended, among them Azamat Tulegenov.\n\n"
        'The minister added: "The corridor must open before the winter."\n\n'
        '"We are not a military alliance," the foreign minister told reporters.\n\n'
        'The spokesperson said the talks had been constructive.')
    assert [(text[:14], speaker) for _, text, speaker in found] == [
        ("The corridor m", "Dilnoza Rahimova"), ("We are not a m", "Dilnoza Rahimova")]


def test_a_paragraph_of_words_after_one_that_closes_on_the_speaker_and_a_colon():
    found, _ = quotes("Tongan Prime Minister Sione Vake spoke first. Addressing the leaders, he said:\n\n"
                      "\u201cTwenty years ago, many said we were too small. They said we would never be ready. "
                      "Today we are here.\u201d\n\nThe meeting went on until late.")
    assert found == [("direct", "Twenty years ago, many said we were too small. They said we would never be ready. "
                                "Today we are here", "Sione Vake")]


@pytest.mark.parametrize("body, speaker", [
    ('"The harbour is ready," Deputy Trade Representative Lena Petrova (李娜) told a news conference.', "Lena Petrova"),
    ('"The harbour is ready," Prime Minister Datuk Seri Sione Vake said in his opening address.', "Sione Vake"),
    ('"The harbour is ready," Fisheries Secretary Ma. Lena Petrova told reporters.', "Ma. Lena Petrova"),
])
def test_a_name_in_another_script_or_after_an_honorific_is_left_out_of_the_speaker(body, speaker):
    found, _ = quotes(body)
    assert [s for _, _, s in found] == [speaker]


def test_what_goes_on_from_an_unnamed_speakers_report_is_not_the_last_named_speakers():
    found, _ = quotes('Tongan Prime Minister Sione Vake said the forum was ready for the long talks ahead. A senior Fijian official said '
                      'Suva had no intention of forcing a vote, noting that the forum decides by consensus.')
    assert [speaker for _, _, speaker in found] == ["Sione Vake"]


@pytest.mark.parametrize("name", ["Central Africa", "South-eastern Asia", "Latin America", "Western Balkans"])
def test_a_region_named_like_a_person_is_no_one(name):
    from sco_etl.parse.people import looks_like_person
    assert not looks_like_person(name)


def test_a_sentence_opening_on_someone_named_before_makes_them_who_he_stands_for():
    found, _ = quotes("Tom Oketch, the forum sherpa, said the talks had been long and difficult for everyone. Prime "
                      "Minister Sione Vake attended the summit in Suva.\n\nFor Oketch, the challenge of the coming years "
                      "will be to consolidate the group. He said the members had agreed on a pause in 2026.")
    assert [speaker for _, _, speaker in found] == ["Tom Oketch", "Tom Oketch"]


def test_a_document_is_issued_by_the_body_named_before_the_words_not_one_named_in_them():
    found, _ = quotes('In a statement, the Tongan Ministry of Foreign Affairs welcomed the decision. "The forum is '
                      'an important platform for Tonga, as it is for the Pacific Islands Forum Secretariat," the '
                      'statement said.')
    assert [speaker for _, _, speaker in found] == ["Tonga's Ministry of Foreign Affairs"]


def test_a_title_of_two_words_refers_to_the_person_named_with_both_before_one_with_its_last():
    found, _ = quotes(
        "Foreign Adviser Lena Petrova met the delegates in Nuku'alofa on Monday.\n\n"
        "Chief Adviser Sione Vake joined them later for the signing.\n\n"
        "The kingdom will ask for a second ferry route, the foreign adviser said.")
    assert found == [("indirect", "The kingdom will ask for a second ferry route", "Lena Petrova")]


def test_a_nationality_and_a_title_after_the_refer_to_the_person_of_that_nationality():
    found, extraction = quotes(
        "Russia backs the plan, Russian Foreign Minister Sergey Lavrov said on Wednesday following talks "
        "with his Kyrgyz counterpart Zheenbek Kulubaev.\n\n"
        '"The family keeps growing," the top Russian diplomat stressed.\n\n'
        "Kyrgyzstan will chair the group next, the Kyrgyz minister said, adding that Bishkek would host it.")
    assert [(text[:18], speaker) for _, text, speaker in found] == [
        ("Russia backs the p", "Sergey Lavrov"), ("The family keeps g", "Sergey Lavrov"),
        ("Kyrgyzstan will ch", "Zheenbek Kulubaev"),
        # "..., adding that ...": the same speaker's report goes on
        ("Bishkek would host", "Zheenbek Kulubaev")]
    nationalities = {person.full_name: person.nationality_iso3 for person in extraction.people}
    assert nationalities == {"Sergey Lavrov": "RUS", "Zheenbek Kulubaev": "KGZ"}


def test_an_apposition_between_the_quote_and_its_verb():
    found, _ = quotes('"Every enlargement makes consensus harder," Dr Nilufar Saidova, a senior fellow at the '
                      "Institute for Strategic Studies, told me in Tashkent.")
    assert found == [("direct", "Every enlargement makes consensus harder", "Nilufar Saidova")]


def test_it_after_a_setting_is_the_organisation_named_just_before():
    found, _ = quotes("Russia's Foreign Ministry takes a different view of the talks. In a statement last "
                      "week it said that the organisation's growth proved its relevance.")
    assert found == [("indirect", "the organisation's growth proved its relevance", "Russia's Foreign Ministry")]


def test_a_title_with_an_of_tail_and_quoted_words_after_said_that():
    found, extraction = quotes(
        "Minister of Foreign Affairs of the Republic of Uzbekistan Bakhtiyor Saidov chaired the meeting on Monday.\n\n"
        'Opening the meeting, the Minister underscored that the group should remain "an open platform".\n\n'
        'Diplomats said the question of the next venue remained "sensitive".')
    assert found == [("indirect", 'the group should remain "an open platform"', "Bakhtiyor Saidov")]
    assert extraction.people[0].nationality_iso3 == "UZB"


def test_the_audience_is_never_the_speaker():
    found, _ = quotes('"The bridge is finished," Jamal Rahimi told Xinhua.')
    assert found == [("direct", "The bridge is finished", "Jamal Rahimi")]


def test_a_quote_split_by_its_attribution_is_one_quote():
    found, _ = quotes('"We have waited ten years," said Aziz Kamolov. "Now the road is open to everyone."')
    assert len(found) == 1
    kind, text, speaker = found[0]
    assert text.startswith("We have waited ten years") and text.endswith("open to everyone")
    assert speaker == "Aziz Kamolov"


def test_empty_marks_after_an_attribution_join_nothing():
    found, _ = quotes('"We agree on the plan for the new corridor," said Dina Orlova at the talks. " "')
    assert found == [("direct", "We agree on the plan for the new corridor", "Dina Orlova")]


def test_a_following_paragraph_in_quotes_goes_on_with_the_quote_before():
    found, _ = quotes(
        '"The first trains carried only cotton," said Bakhtiyor Usmonov, a logistics expert.\n\n'
        '"Today they carry machinery, grain and electronics in both directions."')
    assert [(text, speaker) for _, text, speaker in found] == [
        ("The first trains carried only cotton Today they carry machinery, grain and electronics in both directions",
         "Bakhtiyor Usmonov")]


def test_a_quote_reopened_after_a_long_attribution_and_run_over_paragraphs_is_one_quote():
    found, _ = quotes(
        '"The port is full," Saodat Rahimova, a senior researcher at the Institute for Caspian Trade Studies in '
        'Baku, told the Caspian Herald. "Ships wait a week to unload.\n\n"Next year the new berth opens."')
    assert len(found) == 1
    assert found[0][1].endswith("the new berth opens") and found[0][2] == "Saodat Rahimova"


def test_a_quote_running_over_paragraphs_is_one_quote():
    found, _ = quotes(
        'Gulnara Sadykova said: "The fund was small at first. It lent only to farmers.\n\n'
        '"Now it finances power lines and schools across three provinces."')
    assert len(found) == 1
    assert found[0][1].endswith("three provinces") and found[0][2] == "Gulnara Sadykova"


@pytest.mark.parametrize("body, expected", [
    ("'The corridor is open to every member,' said Timur Sadykov, a transport official.",
     ("direct", "The corridor is open to every member", "Timur Sadykov")),
    ("‘We don’t expect the tariffs to last,’ Deputy Minister Aliya Bekova said.",
     ("direct", "We don’t expect the tariffs to last", "Aliya Bekova")),
    ("Envoy Rashid Karimov told reporters: 'Mongolia's decision is its own.'",
     ("direct", "Mongolia's decision is its own", "Rashid Karimov")),
    ("'The members' budget grew by a third', said Lina Osipova.",
     ("direct", "The members' budget grew by a third", "Lina Osipova")),
    ("'He called the plan \"historic\" and meant it,' said Oleg Danilov.",
     ("direct", 'He called the plan "historic" and meant it', "Oleg Danilov")),
])
def test_single_quotation_marks_british_style(body, expected):
    found, _ = quotes(body)
    assert found == [expected]  # the apostrophes and the nested double marks open no quote of their own


def test_single_marks_split_by_the_attribution_are_one_quote():
    found, _ = quotes("'We have waited ten years,' said Aziz Kamolov. 'Now the road is open to everyone.'")
    assert [(text[:24], text[-16:], speaker) for _, text, speaker in found] == [
        ("We have waited ten years", "open to everyone", "Aziz Kamolov")]


@pytest.mark.parametrize("body", [
    "Analysts called the summit a 'turning point' for the region's trade.",
    "The countries' leaders didn't sign the 'roadmap' in the '90s, and the members' envoys won't now.",
])
def test_single_marks_around_terms_and_apostrophes_are_not_quotes(body):
    found, _ = quotes(body)
    assert found == []


@pytest.mark.parametrize("body", [
    'Delegates praised the "Shanghai Spirit" and the "SCO+" format at the meeting.',
    'Some analysts call Kazakhstan a "middle power" in the region.',
    'The year was named the "Year of Green Ports" by the member states.',
    "The members' officials shouldn't delay the plan, the draft noted.",
    "It has been noted that trade grew faster than expected.",
    "This shows that the bloc remains attractive to its neighbours.",
    # a colon before the marks is no speaker's label without a name
    'The motto of the year is simple: "Unity, trust and shared prosperity for every member state".',
    'Ministers met on Tuesday. Their message: "We will meet again in the spring in the capital of Kyrgyzstan."',
])
def test_marks_around_terms_and_sourceless_claims_are_not_quotes(body):
    found, _ = quotes(body)
    assert found == []


def test_unbalanced_marks_fail_softly_for_that_paragraph_only():
    found, _ = quotes(
        'Critics called the plan "rushed and, in their view, unfunded.\n\n'
        "According to Saida Nazarova, the budget will be reviewed in March.")
    assert found == [("indirect", "the budget will be reviewed in March", "Saida Nazarova")]


def test_the_speaker_keeps_role_affiliation_and_nationality():
    _, found = quotes('"Our grain exports rose sharply," said Elena Sorokina, an associate professor '
                      "at the Institute of Economics of the Russian Academy of Sciences.")
    person = found.quotes[0].speaker_person
    assert person.role == "associate professor"
    assert person.affiliation is not None and "Institute of Economics" in person.affiliation.name
    assert person.nationality_iso3 == "RUS"


def test_titles_give_role_and_nationality():
    _, found = quotes("Kyrgyz President Almaz Tashiev said that the new dam would be finished by 2027.")
    person = found.quotes[0].speaker_person
    assert (person.full_name, person.role, person.nationality_iso3) == ("Almaz Tashiev", "President", "KGZ")


def test_an_indirect_quote_stops_at_the_next_speaker():
    found, _ = quotes("At the talks, Li Wenjun stressed that ports need common standards, and his Pakistani "
                      "counterpart Imran Qadir pledged new customs lanes.")
    assert found[0][1] == "ports need common standards"


def test_an_author_note_gives_the_author_role_and_affiliation():
    article = parse_article("Water is the next frontier\n\nBy Rustam Nazarov\n\n"
                            "Rivers that cross borders in Central Asia need shared rules, and the region knows it.\n\n"
                            "Rustam Nazarov is a senior researcher at the Tashkent Institute of Water Policy.")
    authors = {person.full_name: person for person in extract(article).people}
    person = authors["Rustam Nazarov"]
    assert person.role == "senior researcher"
    assert person.affiliation is not None and person.affiliation.name == "Tashkent Institute of Water Policy"


def test_a_place_after_a_preposition_is_not_a_speaker():
    found, _ = quotes("Trade with the south remains the first priority, officials in Dushanbe said.")
    assert found == []


@pytest.mark.parametrize("state", ["Central African Republic", "United Arab Emirates", "South Africa"])
def test_the_words_of_a_state_name_are_never_a_speaker(state):
    found, _ = quotes(f'"The road must be finished by March," officials from the {state} said.')
    assert [speaker for _, _, speaker in found] == [None]


def test_a_capitalised_plural_is_not_a_speaker_named_by_surname():
    found, _ = quotes("Diplomats said the talks in Dushanbe had gone well. Analysts say the summit may slip.")
    assert found == []  # reported speech with no person or organisation behind it
    # a surname alone still finds the person named in full before it
    found, _ = quotes("Foreign Minister Amina Rahimova opened the talks. Rahimova said that the meeting was useful.")
    assert ("indirect", "the meeting was useful", "Amina Rahimova") in found


def test_a_title_a_comma_and_a_name_introduce_a_speaker():
    found, _ = quotes("I spoke to Kenya's trade minister, Amina Wanjiru, in Nairobi. \"Trade comes first,\" she said.")
    assert ("direct", "Trade comes first", "Amina Wanjiru") in found


def test_a_quoted_phrase_in_a_sentence_of_its_own_does_not_join_the_quote_before():
    found, _ = quotes("Foreign Minister Amina Wanjiru spoke in Nairobi. \"We add friends,\" she said. She added "
                      "that Kenya wanted its ports \"to serve the whole region\".")
    assert ("direct", "We add friends", "Amina Wanjiru") in found
    assert ("indirect", "Kenya wanted its ports \"to serve the whole region\"", "Amina Wanjiru") in found


def test_marks_inside_a_reported_clause_belong_to_the_indirect_quote():
    found, _ = quotes("Dilara Yusupova, a senior adviser at the Tashkent Institute for Regional Studies, noted "
                      'that the tier "costs members nothing and gives partners a voice".')
    assert found == [("indirect", 'the tier "costs members nothing and gives partners a voice"', "Dilara Yusupova")]


def test_a_relative_clause_after_the_name_and_marks_late_in_a_reported_clause():
    found, _ = quotes('Gulnara Abenova, who follows the bloc for a consultancy, said: "The tier is worth the '
                      'paperwork." Deputy Minister Sok Vannara said the tier would give Phnom Penh "a voice '
                      'without a veto".')
    assert ("direct", "The tier is worth the paperwork", "Gulnara Abenova") in found
    assert ("indirect", 'the tier would give Phnom Penh "a voice without a veto"', "Sok Vannara") in found


def test_a_reported_clause_may_open_with_a_possessive():
    found, _ = quotes("Foreign Minister Aibek Moldokulov said his country would put transport and water first.")
    assert found == [("indirect", "his country would put transport and water first", "Aibek Moldokulov")]


@pytest.mark.parametrize("body, speaker", [
    ("The host, Foreign Minister Lena Petrova, said the talks had been useful for every delegation.", "Lena Petrova"),
    ("His spokesman, Omar Haidari, told reporters that the visit had been postponed until the spring.",
     "Omar Haidari"),
    ("The ministry's spokeswoman, Farida Nurlanovna, said the border would reopen on Monday.", "Farida Nurlanovna"),
])
def test_a_name_in_apposition_to_a_description_speaks(body, speaker):
    found, _ = quotes(body)
    assert [(kind, who) for kind, _, who in found] == [("indirect", speaker)]


def test_the_diplomat_is_the_last_person_named_with_a_diplomats_title():
    found, _ = quotes('Trade will grow, Deputy Foreign Minister Lena Petrova told reporters on Friday. "We expect '
                      'a decision before the winter," the diplomat said.')
    assert found[-1] == ("direct", "We expect a decision before the winter", "Lena Petrova")


@pytest.mark.parametrize("verb", ["also noted that", "has repeatedly said that", "later stressed that"])
def test_adverbs_and_auxiliaries_between_the_speaker_and_the_verb(verb):
    found, _ = quotes(f"Minister Lena Petrova spoke on Friday. She {verb} the border would reopen in the spring.")
    assert found == [("indirect", "the border would reopen in the spring", "Lena Petrova")]


def test_told_me_and_a_footnote_number_after_the_quote():
    found, _ = quotes('"The tier is a waiting room," said Lena Petrova, a researcher at the institute. She told me '
                      'the change would matter less than its supporters claim.2')
    assert found[-1] == ("indirect", "the change would matter less than its supporters claim", "Lena Petrova")


@pytest.mark.parametrize("body, expected", [
    # an indirect quote stops where the speaker calls for something
    (('Foreign Minister Lena Petrova said the bloc had become "a force for calm" and called for closer trade '
      "among member states."), ("indirect", 'the bloc had become "a force for calm"', "Lena Petrova")),
    # told a gathering that
    (("President Lena Petrova spoke on Sunday. Petrova told a news conference that the border would reopen in "
      "the spring."), ("indirect", "the border would reopen in the spring", "Lena Petrova")),
    # a long organisation's name in a trailing attribution
    (("Energy ministers will meet in Dushanbe on 14 October, the Ministry of Energy and Water Resources of "
      "Tajikistan said on Monday."), ("indirect", "Energy ministers will meet in Dushanbe on 14 October",
                                      "Ministry of Energy and Water Resources of Tajikistan")),
    # whom it was told: a plural, then where and when, then "that"
    (("President Lena Petrova told foreign investors in Tashkent on Monday that the railway would open in 2027."),
     ("indirect", "the railway would open in 2027", "Lena Petrova")),
    # "reported" closing a sentence, as a ministry's statement is cited
    (("The talks will resume in Bishkek in October, the Ministry of Foreign Affairs of Kyrgyzstan reported."),
     ("indirect", "The talks will resume in Bishkek in October", "Ministry of Foreign Affairs of Kyrgyzstan")),
    # a title with its portfolio before the name
    (('"The railway will cut the journey to a single day," Deputy Minister of Transport Lena Petrova told '
      "reporters in Tashkent."), ("direct", "The railway will cut the journey to a single day", "Lena Petrova")),
    # a description, then the name in apposition, after the closing mark
    (('"Tuvalu\'s seat is ready," outgoing forum chair, Samoan Prime Minister Lena Petrova, said at the '
      "summit in Apia."), ("direct", "Tuvalu's seat is ready", "Lena Petrova")),
    (('"Tuvalu\'s seat is ready," the outgoing chair, Lena Petrova, said on Friday.'),
     ("direct", "Tuvalu's seat is ready", "Lena Petrova")),
    # "saying:" after the clause its speaker opens
    (('Secretary General Lena Petrova hailed the vote, saying in a statement: "Tuvalu is home again."'),
     ("direct", "Tuvalu is home again", "Lena Petrova")),
    # a bare noun and its verb in the past open a reported clause
    ("Foreign Minister Lena Petrova said membership gave Tongan vanilla growers new buyers.",
     ("indirect", "membership gave Tongan vanilla growers new buyers", "Lena Petrova")),
    # "tweeted" reports what was written
    (('Foreign Minister Lena Petrova spoke in Apia. "The reef talks went well," Petrova tweeted.'),
     ("direct", "The reef talks went well", "Lena Petrova")),
    # "According to" a description, then the name it introduces
    ("According to Tonga's foreign minister, Lena Petrova, the new status brings the kingdom a voice in fisheries talks.",
     ("indirect", "the new status brings the kingdom a voice in fisheries talks", "Lena Petrova")),
    # the named speaker of an absolute clause
    (('Tonga marked the anniversary on Monday, with Foreign Minister Lena Petrova saying the forum had '
      '"kept its promise to the islands".'),
     ("indirect", 'the forum had "kept its promise to the islands"', "Lena Petrova")),
    # the words the clause's subject characterises something with
    (('Forum Secretary-General Lena Petrova welcomed the return of Fiji, describing it as "a homecoming long '
      'overdue."'), ("direct", "a homecoming long overdue", "Lena Petrova")),
    # an opening phrase before a title and the name in apposition
    (('Speaking after the ballot, Tonga\'s President, Lena Petrova, said her government would treat the seat as "a '
      'duty, not a prize."'), ("indirect", 'her government would treat the seat as "a duty, not a prize."', "Lena Petrova")),
    # a subordinator opening the speaker's clause; "disclosed that"
    (("Foreign Minister Lena Petrova spoke. Tonga has raised objections, though Petrova has often said her "
      "government would back the treaty in the end."),
     ("indirect", "her government would back the treaty in the end", "Lena Petrova")),
    (("Foreign Minister Lena Petrova spoke first. She disclosed that the fisheries fund had run dry in March."),
     ("indirect", "the fisheries fund had run dry in March", "Lena Petrova")),
    # the speaker's next act after the marks that close the quoted words ends the report
    (('Foreign Minister Lena Petrova said Tonga "still wants a seat at the top table" and accused the forum of '
      'stalling.'), ("indirect", 'Tonga "still wants a seat at the top table"', "Lena Petrova")),
    # a role and where it is held, then the name in apposition
    (("The head of the regional desk at the foreign ministry, Lena Petrova, said the forum would review its rules "
      "next year."), ("indirect", "the forum would review its rules next year", "Lena Petrova")),
    # when or where between the name and the verb; a bare noun phrase and its verb; a day, then the clause
    ("Tongan Prime Minister Lena Petrova on Thursday said the ferry link would open before Christmas.",
     ("indirect", "the ferry link would open before Christmas", "Lena Petrova")),
    ("Tongan Prime Minister Lena Petrova in her speech said that the kingdom wanted a second ferry route.",
     ("indirect", "the kingdom wanted a second ferry route", "Lena Petrova")),
    ("Foreign Minister Lena Petrova spoke. Petrova said several islands might still sign up later.",
     ("indirect", "several islands might still sign up later", "Lena Petrova")),
    ("Tongan Foreign Minister Lena Petrova said on Wednesday the kingdom had paid its dues in full.",
     ("indirect", "the kingdom had paid its dues in full", "Lena Petrova")),
    # whom it was told, a long phrase, then "that"
    (("Tongan Prime Minister Lena Petrova told the trade ministers of the forum's member states that tariffs "
      "should fall further."), ("indirect", "tariffs should fall further", "Lena Petrova")),
    # a report's insert: "in her report to the summit"
    (("Foreign Minister Lena Petrova spoke first. Petrova, in her report to the ministers, said fish exports had "
      "doubled since 2020."), ("indirect", "fish exports had doubled since 2020", "Lena Petrova")),
    # an apposition whose title follows words in lower case; a clause after a colon; "more than once"
    (("Lena Petrova, Vake's national security adviser, said on Friday that agreeing on the text had taken "
      "two days."), ("indirect", "agreeing on the text had taken two days", "Lena Petrova")),
    (("Foreign Minister Lena Petrova's line has been careful: she has said more than once that the forum "
      "stalled because one member blocks it."),
     ("indirect", "the forum stalled because one member blocks it", "Lena Petrova")),
    # a participle opening the sentence before a description and the name in apposition
    (("Reacting on Saturday, the spokesperson of the Ministry of Fisheries, Sione Vake, said Tonga welcomed the "
      "decision and would use the fund."),
     ("indirect", "Tonga welcomed the decision and would use the fund", "Sione Vake")),
    # the report stops where its source follows the closing marks, or where its speaker acts again
    (('Foreign Minister Lena Petrova said that small states should resist "blocs and circles," according to a '
      'readout from her ministry.'), ("indirect", 'small states should resist "blocs and circles', "Lena Petrova")),
    (('Foreign Minister Lena Petrova said Tonga would host "a summit of open doors" and invited leaders to '
      'Nuku\'alofa.'), ("indirect", 'Tonga would host "a summit of open doors"', "Lena Petrova")),
    # a name, its apposition and a relative clause before the verb; a description opening with a word that says which
    (("Prince Sione Vake, the Minister of Foreign Affairs, who led the Tongan delegation, told the meeting that the "
      "kingdom had backed the decision."), ("indirect", "the kingdom had backed the decision", "Sione Vake")),
    (("A senior lecturer at the University of the South Pacific, Lena Petrova, said the move was a symbolic step "
      "for the region."), ("indirect", "the move was a symbolic step for the region", "Lena Petrova")),
    # "According to X," then a clause of its own, however many commas follow; a hyphened title
    (("According to the Tonga News Agency, the session adopted resolutions on Fiji, Samoa and Nauru, as well as "
      "on the fisheries dispute."),
     ("indirect", "the session adopted resolutions on Fiji, Samoa and Nauru, as well as on the fisheries dispute",
      "Tonga News Agency")),
    (("Forum Secretary General Sione Vake spoke first. According to the secretary-general, the council also "
      "discussed the return of Fiji, whose membership was restored in March."),
     ("indirect", "the council also discussed the return of Fiji, whose membership was restored in March",
      "Sione Vake")),
    # an indefinite description, then the name in apposition
    (("A spokesman for the Tongan Ministry of Fisheries, Sione Vake, said Nuku'alofa had received the request and "
      "would study it."), ("indirect", "Nuku'alofa had received the request and would study it", "Sione Vake")),
    ("A spokesman, Sione Vake, said that the ferry would sail on Monday.",
     ("indirect", "the ferry would sail on Monday", "Sione Vake")),
    # a portfolio between the title and the name belongs to the title
    (('"The harbour is ready," Ministry Assistant Secretary for Middle East and Pacific Island Affairs Lena Petrova told '
      'reporters.'), ("direct", "The harbour is ready", "Lena Petrova")),
    # a clause opening with a number or a hyphened word
    ("Foreign Minister Lena Petrova said around 1,200 boats were registered last year.",
     ("indirect", "around 1,200 boats were registered last year", "Lena Petrova")),
    ("Foreign Minister Lena Petrova said inter-island trade had doubled since the ferry opened.",
     ("indirect", "inter-island trade had doubled since the ferry opened", "Lena Petrova")),
])
def test_one_quote_and_its_speaker(body, expected):
    found, _ = quotes(body)
    assert found == [expected]


def test_a_quoted_term_before_a_clause_with_commas_is_no_quote():
    found, _ = quotes('This shows that the concept of the forum and the "Pacific Way" are becoming increasingly '
                      "relevant, while its influence, vitality and appeal continue to grow.")
    assert found == []


def test_a_participle_after_another_subjects_clause_is_not_the_first_speakers():
    found, _ = quotes("Tongan Ambassador Sione Vuna disclosed in May that Suva had applied, and the Foreign Office "
                      "confirmed the application the next day, saying that the decision followed the summit.")
    assert ("indirect", "the decision followed the summit", "Sione Vuna") not in found


@pytest.mark.parametrize("speaker, role", [
    ("Minister of Foreign Affairs Dana Ospanova", "Minister of Foreign Affairs"),
    ("Minister of Economy and Commerce Dana Ospanova", "Minister of Economy and Commerce"),
    ("Kazakh Minister of Emergency Situations Dana Ospanova", "Minister of Emergency Situations"),
    ("Deputy Minister of Mines Dana Ospanova", "Deputy Minister of Mines"),  # a portfolio not listed: one word
])
def test_a_portfolio_of_several_words_is_the_role_not_the_name(speaker, role):
    _, found = quotes(f"{speaker} said that the new plan would be ready before the end of the year.")
    person = found.quotes[0].speaker_person
    assert (person.full_name, person.role) == ("Dana Ospanova", role)


def test_a_person_named_in_a_photo_caption_is_who_a_surname_later_stands_for():
    article = parse_article("Ministers meet in Dushanbe\n\nForeign Minister Dana Ospanova arrives in Dushanbe. "
                            "Photo: Steppe Courier\n\n\"The talks went well and we will meet again in the spring,\" "
                            "Ospanova said after the meeting on Monday.")
    assert "caption" in [part.kind for part in article.parts]
    assert [(q.text, _speaker(q)) for q in extract(article).quotes] == [
        ("The talks went well and we will meet again in the spring", "Dana Ospanova")]


def test_an_initial_in_a_titled_name():
    found, _ = quotes("The meeting was attended by External Affairs Minister S. Ramanathan on Monday. Ramanathan "
                      "told the meeting that cooperation must rest on respect for sovereignty.")
    assert found == [("indirect", "cooperation must rest on respect for sovereignty", "S. Ramanathan")]


@pytest.mark.parametrize("line, speaker", [
    ('3. SOUNDBITE (Russian) Lena Petrova, Kazakh Foreign Minister: "The bloc has never been aimed at anyone, '
     'and it never will be."', "Lena Petrova"),
    ('Foreign Minister Lena Petrova: "The bloc has never been aimed at anyone, and it never will be."',
     "Lena Petrova"),
])
def test_a_speakers_label_before_the_words(line, speaker):
    found, _ = quotes(f"Ministers met in the city on Tuesday to prepare the summit of the bloc.\n\n{line}")
    assert found == [("direct", "The bloc has never been aimed at anyone, and it never will be", speaker)]


INTRO = "Foreign Minister Lena Petrova met Ambassador Omar Haddad in Bishkek on Monday. "


@pytest.mark.parametrize("body, expected", [
    # a sentence split by its attribution between commas is one quote
    ('"There is goodwill in the hall," Petrova said, "but goodwill lays no rails."',
     [("direct", "There is goodwill in the hall but goodwill lays no rails", "Lena Petrova")]),
    # "..., adding that ...", "..., but cautioned that ...": the speaker's report goes on
    ('"Extremism has no excuse," Haddad said, opening the session, adding that states which shelter militants '
     "must be shunned.",
     [("direct", "Extremism has no excuse", "Omar Haddad"),
      ("indirect", "states which shelter militants must be shunned", "Omar Haddad")]),
    ("Haddad told the paper that the talks had gone well, but cautioned that the corridor was still on paper.",
     [("indirect", "the talks had gone well", "Omar Haddad"),
      ("indirect", "the corridor was still on paper", "Omar Haddad")]),
    # a relative clause between the speaker and the verb, with an auxiliary
    ("Haddad, whose country has faced tariffs since 2022, said the council had grown stronger.",
     [("indirect", "the council had grown stronger", "Omar Haddad")]),
    ("Haddad, who attended the summit in person, has said that trade in local currencies would help.",
     [("indirect", "trade in local currencies would help", "Omar Haddad")]),
    # when and where between the verb and "that"
    ("Petrova said in July, after the council met in Osh, that both states wanted faster rail links.",
     [("indirect", "both states wanted faster rail links", "Lena Petrova")]),
    ("Petrova told a regular press briefing on Friday that her country welcomed the decision.",
     [("indirect", "her country welcomed the decision", "Lena Petrova")]),
    ("Petrova said on Tuesday Bishkek welcomed the new member and would work with it.",
     [("indirect", "Bishkek welcomed the new member and would work with it", "Lena Petrova")]),
    # who is quoted speaks, not the one quoting; "in his words"
    ("The agency quoted Ambassador Omar Haddad as saying that the corridor would bring jobs to the valley.",
     [("indirect", "the corridor would bring jobs to the valley", "Omar Haddad")]),
    ('Haddad spoke next. In his words, the council has "earned its place" by taking in new members.',
     [("indirect", 'the council has "earned its place" by taking in new members', "Omar Haddad")]),
])
def test_reported_speech_met_in_wire_copy(body, expected):
    found, _ = quotes(INTRO + body)
    assert found == expected


@pytest.mark.parametrize("body, expected", [
    ("One of its envoys, Omar Haddad, a veteran diplomat, said it was a milestone for the valley.",
     [("indirect", "it was a milestone for the valley", "Omar Haddad")]),
    ("The council's head, Omar Haddad, said Wednesday that there would be obstacles on the way.",
     [("indirect", "there would be obstacles on the way", "Omar Haddad")]),
    # the report's own source closes the quote; an unnamed source is no speaker
    ("Omar Haddad said the decision was a counterweight to tariffs, according to media reports.",
     [("indirect", "the decision was a counterweight to tariffs", "Omar Haddad")]),
    # a statement speaks for whoever issued it
    ("Kazakhstan's Ministry of Foreign Affairs issued a statement on Monday. \"The decision reflects our shared "
     'vision," the statement said.',
     [("direct", "The decision reflects our shared vision", "Kazakhstan's Ministry of Foreign Affairs")]),
])
def test_speakers_introduced_otherwise(body, expected):
    found, _ = quotes(body)
    assert found == expected


@pytest.mark.parametrize("body, expected", [
    ("Dr Omar Haddad, who heads the desk at the Policy Institute (PI), said hosting the meeting had given the "
     "valley a rare opening.",
     [("indirect", "hosting the meeting had given the valley a rare opening", "Omar Haddad")]),
    # a verb of its own for the same subject ends the reported clause; a second report goes on
    ("Haddad said his country would work on trade, and thanked member states for their support.",
     [("indirect", "his country would work on trade", "Omar Haddad")]),
    ("Haddad said the council had grown stronger, and announced that his country would give grants.",
     [("indirect", "the council had grown stronger", "Omar Haddad"),
      ("indirect", "his country would give grants", "Omar Haddad")]),
    # the attribution set in the middle of the reported sentence
    ("Membership, Haddad said, would pay off only if local banks were ready.",
     [("indirect", "Membership would pay off only if local banks were ready", "Omar Haddad")]),
])
def test_reported_clauses_bounded_and_attributions_in_the_middle(body, expected):
    found, _ = quotes(INTRO + body)
    assert found == expected


def test_a_noun_that_is_also_a_reporting_verb_starts_no_second_report():
    found, _ = quotes(INTRO + '"Talks must go on," Haddad said, in remarks that were widely read as aimed at Petrova.')
    assert found == [("direct", "Talks must go on", "Omar Haddad")]


@pytest.mark.parametrize("body, expected", [
    # a report in a participle after a clause of its subject's own
    ("Tevita Lolo, the president, withdrew the country from the process last week, saying the moment was not "
     "opportune for Tonga to become a member.",
     ("indirect", "the moment was not opportune for Tonga to become a member", "Tevita Lolo")),
    # the name a relative clause follows, after an opening phrase
    ("In Suva, Sione Vake, who trucks onions to markets in Fiji, said he feared new paperwork at the border.",
     ("indirect", "he feared new paperwork at the border", "Sione Vake")),
    # the subject of the first of two coordinated verbs
    ("Addressing the session, Prime Minister Tevita Lolo called for resilient supply chains and said that Tonga "
     "supported greater cooperation among members.",
     ("indirect", "Tonga supported greater cooperation among members", "Tevita Lolo")),
    # a seat of government speaks for it
    ("In a statement on Monday, the Kremlin said that Russia would hold more than 200 events during its chairmanship.",
     ("indirect", "Russia would hold more than 200 events during its chairmanship", "Kremlin")),
])
def test_reports_after_participles_relative_clauses_and_coordinated_verbs(body, expected):
    found, _ = quotes(body)
    assert found == [expected]


@pytest.mark.parametrize("body, speaker", [
    # a particle inside a name
    ("Fiji's Foreign Minister Bento dos Santos Freitas said his government was aware of the size of the task ahead.",
     "Bento dos Santos Freitas"),
    # a portfolio's words belong to the title
    ("The agency quoted Deputy Foreign Minister for Economic Diplomacy Mahdi Karimi as saying that membership "
     "would open new markets.", "Mahdi Karimi"),
    # "PM" is a title: the surname after it is the prime minister named before
    ('Prime Minister Shahid Karim opened the session. "Let us put trade first," PM Shahid told the closing session.',
     "Shahid Karim"),
])
def test_names_with_particles_portfolios_and_abbreviated_titles(body, speaker):
    found, _ = quotes(body)
    assert [who for _, _, who in found] == [speaker]


@pytest.mark.parametrize("body, speakers", [
    # a name before its affiliation speaks, not the affiliation; a pronoun after it takes it up
    ("“It is a club where membership costs almost nothing,” says Maya Lind of the Centre for Eurasian Studies, a "
     "think-tank in Stockholm. “They have built a very large lobby,” she says, “and a very small door.”",
     ["Maya Lind", "Maya Lind"]),
    ("“Thailand is building several doors at once,” said Assoc Prof Kittipong Sriwan of Chulalongkorn "
     "University’s Faculty of Political Science.", ["Kittipong Sriwan"]),
    # a title's full stop does not end the name
    ("“The OTS has been careful,” said Dr. Emre Kaya, a senior researcher at the Caspian Strategy Institute.",
     ["Emre Kaya"]),
])
def test_names_before_affiliations_and_after_titles_with_full_stops(body, speakers):
    found, _ = quotes(body)
    assert [who for _, _, who in found] == speakers


PREAMBLE = "Water Minister Ali Karimov and his deputy Sara Malik spoke after the council met in Dushanbe. "


@pytest.mark.parametrize("body, expected", [
    # two subjects, each with a report of its own, in one sentence
    ("Water Minister Ali Karimov said the quotas would rise by a tenth next year, and his deputy Sara Malik "
     "said the canal repairs would take several more years.",
     [("indirect", "the quotas would rise by a tenth next year", "Ali Karimov"),
      ("indirect", "the canal repairs would take several more years", "Sara Malik")]),
    # a name and its apposition between commas, then the verb and whom it was told
    (PREAMBLE + "The quotas were fair to every state downstream of the dam, Ali Karimov, the council's chairman, "
     "told reporters.",
     [("indirect", "The quotas were fair to every state downstream of the dam", "Ali Karimov")]),
    # a participle or "for his part" between the speaker and the verb
    (PREAMBLE + "Ali Karimov, opening the session, said the council would meet every month until the summer.",
     [("indirect", "the council would meet every month until the summer", "Ali Karimov")]),
    (PREAMBLE + "Sara Malik, for her part, told the council that the canal repairs had fallen behind schedule.",
     [("indirect", "the canal repairs had fallen behind schedule", "Sara Malik")]),
    # an apposition that opens with a state's possessive
    ("Li Wen, China's foreign minister, said after the meeting that the new quotas would hold until the autumn.",
     [("indirect", "the new quotas would hold until the autumn", "Li Wen")]),
    # an adverb or "however" before "that"
    (PREAMBLE + "Sara Malik has said repeatedly that the canal cannot carry more water before the repairs.",
     [("indirect", "the canal cannot carry more water before the repairs", "Sara Malik")]),
    ("Deputy Water Minister Sara Malik spoke after the council met. "
     "She cautioned, however, that the repairs would not be finished before the spring floods.",
     [("indirect", "the repairs would not be finished before the spring floods", "Sara Malik")]),
    # "according to him": the person named before; the clause after it is no apposition
    (PREAMBLE + "According to him, the total flow through the canal last year exceeded four cubic kilometres, "
     "while the losses fell by a third.",
     [("indirect", "the total flow through the canal last year exceeded four cubic kilometres, while the losses "
       "fell by a third", "Ali Karimov")]),
    # a report told whole before a partial quote later in the sentence
    (PREAMBLE + "Ali Karimov had warned last year that the drought could halve the harvest, and said the region "
     "faced \"a decade of thirst\" without new reservoirs.",
     [("indirect", "the drought could halve the harvest", "Ali Karimov")]),
    # the writer's description of the words is not part of them
    (PREAMBLE + "Sara Malik said that cooperation must rest on trust between upstream and downstream states, a "
     "reference widely read as aimed at the dam's builders.",
     [("indirect", "cooperation must rest on trust between upstream and downstream states", "Sara Malik")]),
    (PREAMBLE + "Ali Karimov said the council would tighten the quotas again, without saying when.",
     [("indirect", "the council would tighten the quotas again", "Ali Karimov")]),
])
def test_reports_with_inserts_second_subjects_and_partial_quotes(body, expected):
    found, _ = quotes(body)
    assert [quote for quote in found if quote[0] == "indirect"] == expected


def test_a_setting_before_the_speaker_of_a_partial_quote_is_no_report():
    found, _ = quotes(PREAMBLE + "In a statement issued in Dushanbe on Monday, the Water Ministry said the quotas "
                      "were \"final and fair\" for every state.")
    assert [text for _, text, _ in found if text.startswith("In a statement")] == []


@pytest.mark.parametrize("body, expected", [
    # marks after "what he called" wrap a term; the participle after them reports for the subject
    ('Mr. Ali Karimov praised the council for what he called its "steady patience", saying the region '
     'had campaigned for new quotas for seven years.',
     [("indirect", "the region had campaigned for new quotas for seven years", "Ali Karimov")]),
    # the subject speaks in the participle; the agency after "according to" only reports it
    ('Water Minister Ali Karimov thanked the members for their support, saying that the new quotas opened '
     '"new horizons" for the region, according to the Steppe Post.',
     [("indirect", 'the new quotas opened "new horizons" for the region', "Ali Karimov")]),
    # marks inside a report that goes on after the attribution are no second half of the quote
    ('"This is the moment the council stops waiting at the door," Ali Karimov said, adding that the '
     'chairmanship had from the outset been "a chairmanship for those who are usually not in the room."',
     [("direct", "This is the moment the council stops waiting at the door", "Ali Karimov"),
      ("indirect", 'the chairmanship had from the outset been "a chairmanship for those who are usually not in '
       'the room."', "Ali Karimov")]),
])
def test_terms_participles_and_reports_around_marks(body, expected):
    found, _ = quotes(body)
    assert found == expected


@pytest.mark.parametrize("body, expected", [
    # marks inside a reported clause: the clause is the quote, marks and all
    (PREAMBLE + 'Ali Karimov said the new quotas "settle the old dispute" for every state downstream of the dam.',
     [("indirect", 'the new quotas "settle the old dispute" for every state downstream of the dam', "Ali Karimov")]),
    # marks right after "that" open the whole reported clause: a direct quote
    (PREAMBLE + 'Ali Karimov wrote on the council\'s site that "the quotas are final and fair to every state."',
     [("direct", "the quotas are final and fair to every state", "Ali Karimov")]),
    # told an object in lower case, and a report after "while"
    ("The Water Ministry has told regional capitals that the new quotas are ready for the summer, while warning "
     "that the old canal is failing faster than expected.",
     [("indirect", "the new quotas are ready for the summer", "Water Ministry"),
      ("indirect", "the old canal is failing faster than expected", "Water Ministry")]),
    # what follows the report is the writer's: a consequence, a gloss, a description, a reservation
    (PREAMBLE + "Ali Karimov said the region could meet its water targets by cutting losses by a tenth, prompting "
     "his neighbours to ask for more.",
     [("indirect", "the region could meet its water targets by cutting losses by a tenth", "Ali Karimov")]),
    (PREAMBLE + 'He added that the council would stay "open to every valley," a line he has used since May.',
     [("indirect", 'the council would stay "open to every valley,"', "Ali Karimov")]),
    (PREAMBLE + "Sara Malik said the council welcomed the new canal agreement signed in May, describing it as a "
     "turning point.",
     [("indirect", "the council welcomed the new canal agreement signed in May", "Sara Malik")]),
    # the name before ", who" speaks
    ("The meeting was overshadowed by Water Minister Ali Karimov, who wrote on his own site on Sunday that any "
     "state taking more water would face new tariffs.",
     [("indirect", "any state taking more water would face new tariffs", "Ali Karimov")]),
    # a clause after "according to X," is no apposition of X's
    ("According to the Water Ministry, the programme will focus on canals, dams and the fight against drought.",
     [("indirect", "the programme will focus on canals, dams and the fight against drought", "Water Ministry")]),
    # "earlier this month" between the verb and "that"
    (PREAMBLE + "Ali Karimov said earlier this month that no foreign engineer would attend the inspection.",
     [("indirect", "no foreign engineer would attend the inspection", "Ali Karimov")]),
    # "in a statement ..." between the subject and the verb
    ("The Water Ministry, in a statement read on state television on Monday, said its engineers were committed to "
     "the new canal.",
     [("indirect", "its engineers were committed to the new canal", "Water Ministry")]),
    # a commitment of the speaker's own after "and" ends the report
    (PREAMBLE + "Sara Malik said the council should meet every month and proposed a new fund for the canal repairs.",
     [("indirect", "the council should meet every month", "Sara Malik")]),
    # "insisted" with a bare clause
    (PREAMBLE + "Ali Karimov insisted the canal would carry more water by the end of the summer.",
     [("indirect", "the canal would carry more water by the end of the summer", "Ali Karimov")]),
])
def test_reports_around_marks_and_the_writers_words_after_them(body, expected):
    found, _ = quotes(body)
    assert found == expected


def test_a_pronoun_after_a_described_subject_is_that_person():
    body = ("Prime Minister Ali Karimov met President Sara Malik in Dushanbe. Malik spoke of the canal. "
            'The premier, in his address to the council, called for patience. "The water will come," he said.')
    found, _ = quotes(body)
    assert ("direct", "The water will come", "Ali Karimov") in found


def test_a_person_named_with_a_states_possessive_apposition_or_an_abbreviated_title_is_known():
    body = ("Irakli Berg, Georgia's prime minister, dismissed the report. Speaking in Tbilisi, he said the canal "
            "plan was politically motivated. Dr. Nino Varga, an engineer, disagreed.")
    found, _ = quotes(body)
    assert ("indirect", "the canal plan was politically motivated", "Irakli Berg") in found


def test_a_conjunction_after_closing_marks_is_no_attribution():
    found, _ = quotes(PREAMBLE + 'Ali Karimov said the region hoped to join the council "before long," but added that '
                      "the old canal would have to be repaired first.")
    assert found == [("indirect", 'the region hoped to join the council "before long', "Ali Karimov"),
                     ("indirect", "the old canal would have to be repaired first", "Ali Karimov")]


def test_a_name_given_in_full_without_a_title_is_who_its_surname_and_pronoun_stand_for():
    body = ("The talks brought Amara Okafor and Lin Haoyu to the same table after Tomas Berg's visit to Oslo.\n\n"
            'Okafor, on her first trip abroad this year, praised the harbour plan. "The port will change the '
            'coast," she said.\n\n'
            'Lin, for his part, asked for patience. "Good roads take time to build," he said.')
    found, _ = quotes(body)
    assert ("direct", "The port will change the coast", "Amara Okafor") in found
    assert ("direct", "Good roads take time to build", "Lin Haoyu") in found


def test_a_pronoun_passes_over_someone_named_only_inside_a_phrase():
    body = ("Prime Minister Ali Karimov met the council on Monday. Karimov said the canal would open in May, a "
            "nod to Uzbekistan, whose envoy Sara Malik sat beside him. He also said that the tolls would stay low.")
    found, _ = quotes(body)
    assert ("indirect", "the tolls would stay low", "Ali Karimov") in found


def test_according_to_names_the_speaker_a_pronoun_stands_for_and_an_opening_word_is_no_name():
    body = ("Envoy Marat Sadykov opened the session. According to Lena Volkova of the Steppe Institute, the talks "
            'will run late. "Nobody wants to leave before the vote," she said.\n\n'
            "Under Timur Bekov, Kyrgyzstan has joined more clubs than ever. Bekov said in Osh last spring that "
            "the railway would open in 2027.")
    found, _ = quotes(body)
    assert ("direct", "Nobody wants to leave before the vote", "Lena Volkova") in found
    assert ("indirect", "the railway would open in 2027", "Timur Bekov") in found


@pytest.mark.parametrize("body, expected", [
    # names with lower-case words inside, titles in the plural, a prince's title
    ("Presidents Jorge Salas and Luiz Tomas Pereira da Silva met on Thursday. Pereira, speaking after him, said that "
     "the ferry route would reopen in March.",
     ("indirect", "the ferry route would reopen in March", "Luiz Tomas Pereira da Silva")),
    ("Presidents Jorge Salas and Ana Prieto met on Thursday. Salas said the bloc had become a burden for its members.",
     ("indirect", "the bloc had become a burden for its members", "Jorge Salas")),
    ("Crown Prince Khalid bin Saeed Al Mansoori said the country would work with every member of the bloc.",
     ("indirect", "the country would work with every member of the bloc", "Khalid bin Saeed Al Mansoori")),
    # a reported clause that opens with a bare noun
    ("Trade Minister Omar Haidari said membership would open new markets for the country's farmers.",
     ("indirect", "membership would open new markets for the country's farmers", "Omar Haidari")),
])
def test_names_with_particles_plural_titles_and_bare_noun_clauses(body, expected):
    found, _ = quotes(body)
    assert expected in found


def test_names_with_an_accented_capital():
    body = ("Harbour spokesperson Özlem Çakır said on Tuesday that the dredging had begun. "
            "“The channel will be deep enough by spring,” Çakır told the port council.")
    found, _ = quotes(body)
    assert ("direct", "The channel will be deep enough by spring", "Özlem Çakır") in found


@pytest.mark.parametrize("body, expected", [
    ("Spokesperson Lin Wei told a briefing on Friday that the city would host an open year, but did not answer a "
     "question on enlargement.", ("indirect", "the city would host an open year", "Lin Wei")),
    ("Ali Khan said the council should act against smuggling, a barely veiled reference to its neighbour.",
     ("indirect", "the council should act against smuggling", "Ali Khan")),
])
def test_the_speakers_next_act_and_a_barely_veiled_gloss_end_the_report(body, expected):
    found, _ = quotes(body)
    assert expected in found


@pytest.mark.parametrize("body, expected", [
    ("Minister of State for Foreign Trade Omar Haidari said membership would open \"new avenues for trade\" with "
     "the largest economies.",
     ("indirect", "membership would open \"new avenues for trade\" with the largest economies", "Omar Haidari")),
    ("Foreign Minister Ana Prieto noted that the port would open in May, recalling that the country became an "
     "observer in 2004.", ("indirect", "the country became an observer in 2004", "Ana Prieto")),
])
def test_a_portfolio_of_state_and_a_second_report_after_recalling(body, expected):
    found, _ = quotes(body)
    assert expected in found


def test_an_insert_naming_the_speakers_remarks():
    found, _ = quotes("Prime Minister Mira Sato, in her closing remarks, said the port would open to every member next year.")
    assert ("indirect", "the port would open to every member next year", "Mira Sato") in found


@pytest.mark.parametrize("body, expected", [
    # the second of two coordinated verbs reports; the first held a quote of its own
    ('Tongan Prime Minister Sione Vake opened the talks. Addressing the forum, Vake greeted Fiji "as an old '
     'friend" and said that the bloc needed "faster integration" to answer the crisis.',
     ("indirect", 'the bloc needed "faster integration" to answer the crisis', "Sione Vake")),
    # a name with a hyphened article, met again by it
    ("Egyptian Foreign Minister Hamid Nabil al-Masri spoke first. Later, al-Masri said that the fund would "
     "double its capital by 2030.",
     ("indirect", "the fund would double its capital by 2030", "Hamid Nabil al-Masri")),
    # the speaker's next act ends the report, and so does the writer's word on it
    ("Minister Lena Petrova said Suva had lodged its request earlier this year and thanked the members for "
     "their support.", ("indirect", "Suva had lodged its request earlier this year", "Lena Petrova")),
    ("Minister Lena Petrova announced that Fiji is ready to host the next summit in 2027, a proposal that "
     "the leaders welcomed.", ("indirect", "Fiji is ready to host the next summit in 2027", "Lena Petrova")),
])
def test_coordinated_reports_hyphened_articles_and_where_a_report_ends(body, expected):
    found, _ = quotes(body)
    assert expected in found


@pytest.mark.parametrize("body", [
    "Fiji and Tonga have both been granted candidate status, President of the European Council Sione Vake has announced.",
    "Fiji and Tonga have both been granted candidate status, President of the Andean Council Sione Vake has announced.",
])
def test_a_trailing_speaker_before_an_auxiliary_is_the_person_not_the_body(body):
    found, _ = quotes(body)
    assert found == [("indirect", "Fiji and Tonga have both been granted candidate status", "Sione Vake")]


@pytest.mark.parametrize("body, expected", [
    # "X said ..., according to a statement": X speaks, the statement reports it
    ("Prime Minister Sione Vake opened the meeting. He said Fiji would set up a disaster centre, according to a "
     "statement issued by the Ministry of Foreign Affairs.",
     [("indirect", "Fiji would set up a disaster centre", "Sione Vake")]),
    # the reported clause's own second verb, its subject left out, goes on
    ("Minister Lena Petrova said the envoy had raised the border dispute and had called for calm.",
     [("indirect", "the envoy had raised the border dispute and had called for calm", "Lena Petrova")]),
])
def test_a_report_before_its_source_and_a_clause_going_on_without_its_subject(body, expected):
    found, _ = quotes(body)
    assert found == expected


@pytest.mark.parametrize("body, expected", [
    # a few quoted words inside a reported clause are its wording, not a quote of their own
    ("President Sione Vake, who had made the pact a priority, said the text was \"very different\" from the "
     "draft of 2019.",
     [("indirect", 'the text was "very different" from the draft of 2019', "Sione Vake")]),
    # a state's body in lower case after its adjective
    ('The Fijian foreign ministry said it was "disappointed" by the decision.',
     [("indirect", 'it was "disappointed" by the decision', "Fiji's Foreign Ministry")]),
])
def test_quoted_wording_inside_a_report_and_lower_case_bodies_after_an_adjective(body, expected):
    found, _ = quotes(body)
    assert found == expected


@pytest.mark.parametrize("body, expected", [
    # a verb that seldom reports speech opens no other clause
    ('Minister Sione Vake said last year that Fiji saw "no possibility" of a summit while the dispute continued.',
     ("indirect", 'Fiji saw "no possibility" of a summit while the dispute continued', "Sione Vake")),
    # a report never ends inside its own quotation marks
    ('Prime Minister Sione Vake said Fiji supported "a stable, peaceful, progressive and inclusive Tonga" and '
     "raised the border.",
     ("indirect", 'Fiji supported "a stable, peaceful, progressive and inclusive Tonga" and raised the border',
      "Sione Vake")),
    # conceding is a report of its own; pointing to something is the speaker's next act
    ('Secretary General Lena Petrova said the grouping was now "better equipped than ever", but conceded that '
     "progress had been slow.", ("indirect", "progress had been slow", "Lena Petrova")),
    ('President Sione Vake said the bloc had "proved its viability" and pointed to new agreements on migration.',
     ("indirect", 'the bloc had "proved its viability"', "Sione Vake")),
])
def test_where_a_report_ends_seldom_speech_verbs_quotation_marks_and_next_acts(body, expected):
    found, _ = quotes(body)
    assert expected in found


def test_a_statement_read_speaks_for_its_issuer():
    found, _ = quotes("Leaders of the Pacific Islands Forum met in Suva on Friday. “The forum will review its rules on "
                      "partners before the next summit,” the joint statement read.")
    assert ("direct", "The forum will review its rules on partners before the next summit", "Pacific Islands Forum") in found
    found, _ = quotes("Minister Sione Tupou read the report on the roadmap to the forum's leaders in Suva on Friday.")
    assert found == []


@pytest.mark.parametrize("body", [
    'Students marched through Suva on Friday with banners that read "Our islands, our vote."',
    "Minister Sione Tupou said in his address that ties must rest on “respect for sovereignty”, a remark widely "
    "read in Nuku'alofa as a jab at the port deal.",
])
def test_words_read_off_a_placard_or_read_as_a_reference_are_no_ones_quote(body):
    found, _ = quotes(body)
    assert all(speaker is not None for _, _, speaker in found)


def test_a_pronoun_after_a_time_phrase_and_past_an_office_holder_of_that_time():
    found, _ = quotes("Fijian Prime Minister Sitiveni Rabuka opened the summit in Suva on Thursday. The forum was set "
                      "up in 1971 on the initiative of then Tongan prime minister Tupou Vaea. He said that trade within "
                      "the forum was still far below what it could be. \"We must trade more with each other,\" the "
                      "premier said. Last May he went a step further, saying the forum would have to change.")
    speakers = {text: speaker for _, text, speaker in found}
    assert speakers["trade within the forum was still far below what it could be"] == "Sitiveni Rabuka"
    assert speakers["We must trade more with each other"] == "Sitiveni Rabuka"
    assert speakers["the forum would have to change"] == "Sitiveni Rabuka"


def test_two_quoted_phrases_of_one_report_are_no_split_quote():
    found, _ = quotes("Tonga's foreign ministry said in a statement that Nuku'alofa had \"noted with care\" the forum's "
                      "ruling and stressed the need for \"a fair hearing\".")
    assert all(kind == "indirect" for kind, _, _ in found)


def test_a_subordinator_before_the_speakers_name_is_not_part_of_it():
    found, _ = quotes("When Foreign Minister Sione Tupou told parliament in May that Tonga would skip the forum's summit, "
                      "few in Suva were surprised.")
    assert found and all(speaker == "Sione Tupou" for _, _, speaker in found)


def test_a_quote_split_by_an_attribution_with_no_mark_before_it_is_one_quote():
    found, _ = quotes('Minister Sione Tupou spoke in Suva. "We will not join the pact" he said. "The terms must change '
                      'first for the smaller islands."')
    assert found == [("direct", "We will not join the pact The terms must change first for the smaller islands",
                      "Sione Tupou")]


@pytest.mark.parametrize("body, expected", [
    # the agency that quotes a person is not the speaker
    ('Deputy Minister Farrukh Odilov spoke on Monday. "The corridor will open in spring," Kabar quoted Odilov as saying.',
     ("direct", "The corridor will open in spring", "Farrukh Odilov")),
    # a description first, then the name it introduces
    ('"The customs union will widen next year," said a senior Kyrgyz official, Aibek Toktosunov.',
     ("direct", "The customs union will widen next year", "Aibek Toktosunov")),
    ("The customs union will widen next year, said a senior Kyrgyz official, Aibek Toktosunov, on Monday.",
     ("indirect", "The customs union will widen next year", "Aibek Toktosunov")),
    # two apostrophes printed for each double mark
    ("Director Malika Yusupova met reporters. ''Every member will help the newcomer,'' she said.",
     ("direct", "Every member will help the newcomer", "Malika Yusupova")),
])
def test_an_agency_quoting_a_speaker_a_name_after_its_description_and_doubled_apostrophes(body, expected):
    found, _ = quotes(body)
    assert expected in found


@pytest.mark.parametrize("body, expected", [
    # a weekday printed after the name, without its "on", is no part of the name
    ('Defence Minister Farrukh Odilov Thursday declined to sign the statement. "There can be no double standards," Odilov said.',
     ("direct", "There can be no double standards", "Farrukh Odilov")),
    # a name before the "of" of its body speaks, and a pronoun after it stands for that name
    ("Political scientist Dilnoza Rakhimova of Tashkent State University told reporters that trade had grown. "
     "She stressed that the railway would pay off.", ("indirect", "the railway would pay off", "Dilnoza Rakhimova")),
])
def test_a_weekday_after_a_name_and_a_name_before_its_bodys_of(body, expected):
    found, _ = quotes(body)
    assert expected in found


@pytest.mark.parametrize("body, expected", [
    # the writer's word on the report, and where it was said, are no part of it
    ('Prime Minister Lena Petrova told fellow leaders there could be "no double standards" on terrorism, a pointed '
     'reference to Fiji.', ("indirect", 'there could be "no double standards" on terrorism', "Lena Petrova")),
    ("President Omar Haddad said the bloc was the heir of the old movement, an observation that captured the mood.",
     ("indirect", "the bloc was the heir of the old movement", "Omar Haddad")),
    ("Acting President Omar Haddad said on Thursday that the bloc must take a unified stand against sanctions, "
     "speaking at the summit in Astana.", ("indirect", "the bloc must take a unified stand against sanctions", "Omar Haddad")),
    ('Prime Minister Lena Petrova told the House of Representatives earlier this month that Tonga would "not be part '
     'of any military alliance", while welcoming trade.',
     ("indirect", 'Tonga would "not be part of any military alliance"', "Lena Petrova")),
    # hearers before "that": a participle's, an agency with its acronym, a group with an adverbial after it
    ("President Omar Haddad signalled the shift at the weekend, telling supporters that Tonga did not have to choose.",
     ("indirect", "Tonga did not have to choose", "Omar Haddad")),
    ('Minister Farid Osmani told the Tonga News Agency (TNA) that membership would open "new avenues" for trade.',
     ("indirect", 'membership would open "new avenues" for trade', "Farid Osmani")),
    ("President Lena Petrova told Gulf leaders during a visit to Jeddah last July that Tonga would remain a partner.",
     ("indirect", "Tonga would remain a partner", "Lena Petrova")),
])
def test_where_a_report_ends_and_who_heard_it(body, expected):
    found, _ = quotes(body)
    assert expected in found


@pytest.mark.parametrize("body, expected", [
    # an aide without an article in apposition
    ("Farid Osmani, foreign policy aide to President Lena Petrova, told reporters that the application had been submitted.",
     ("indirect", "the application had been submitted", "Farid Osmani")),
    # a site's domain as whom it was told
    ('Political scientist Dilnoza Rakhimova told Steppenews.kz: "Our position is consistent with a multi-vector policy."',
     ("direct", "Our position is consistent with a multi-vector policy", "Dilnoza Rakhimova")),
    # the speaker's pointer after the report is no part of it
    ("Political scientist Dilnoza Rakhimova said that Tonga already had enough platforms, pointing to its chairmanship of the forum.",
     ("indirect", "Tonga already had enough platforms", "Dilnoza Rakhimova")),
])
def test_aides_domains_and_pointers(body, expected):
    found, _ = quotes(body)
    assert expected in found


@pytest.mark.parametrize("body, expected", [
    # "the head of state", "the expert": a role's family names who was named with it before
    ("President Lena Petrova opened the summit in Suva. According to the head of state, the next summit will be "
     "held in Apia in 2026.", ("indirect", "the next summit will be held in Apia in 2026", "Lena Petrova")),
    # (of the presidents named, the one the article names most, not a guest named last)
    ("President Lena Petrova opened the summit in Suva. Petrova welcomed the guests. President Sione Vake of Tonga "
     "arrived late. The head of state noted that the new status would open up opportunities.",
     ("indirect", "the new status would open up opportunities", "Lena Petrova")),
    ("Analyst Sione Vake spoke to the agency. According to the expert, the real test for the government will be the "
     "elections.", ("indirect", "the real test for the government will be the elections", "Sione Vake")),
    # a speaker's title after the name of the house ("Speaker of Parliament")
    ("Speaker of Parliament Sione Vake called the vote a historic step and stressed that the law reflects the will "
     "of the people.", ("indirect", "the law reflects the will of the people", "Sione Vake")),
    ("Deputy Prime Minister Lena Petrova said earlier that Suva views the bill as the start of a withdrawal.",
     ("indirect", "Suva views the bill as the start of a withdrawal", "Lena Petrova")),
    # the one described before the first of two verbs
    ("Tongan President Sione Vake arrived on Wednesday. The Tongan leader, for his part, thanked all members for "
     "their support and said that Tonga would take an active part in the work.",
     ("indirect", "Tonga would take an active part in the work", "Sione Vake")),
    # "..., but said": the subject the sentence opened with
    ("Kremlin aide Lena Petrova briefed reporters. She declined to name the countries, but said the list would be "
     "made public soon.", ("indirect", "the list would be made public soon", "Lena Petrova")),
    # 'The new line, as he put it, "..."'
    ('Transport Minister Sione Vake spoke next. The new line, as he put it, "will connect the islands to new markets."',
     ("direct", "will connect the islands to new markets", "Sione Vake")),
    # an initial with no full stop before the surname ("Minister S Vake"), then the surname alone
    ('Tonga was represented by Foreign Minister S Vake. "We congratulate Fiji on becoming a new member," Vake said.',
     ("direct", "We congratulate Fiji on becoming a new member", "S Vake")),
])
def test_described_and_elided_speakers(body, expected):
    found, _ = quotes(body)
    assert expected in found


def test_she_is_not_someone_the_text_called_mr():
    found, _ = quotes("President Bola Tinubu approved the move. Dr Ifeoma Dike-Lawal, a lecturer at the University "
                      "of Lagos, was cautious. Closer to home, Mr Tinubu has chaired the regional bloc since July "
                      "2023. She said the government should first strengthen its hand within the bloc.")
    assert ("indirect", "the government should first strengthen its hand within the bloc", "Ifeoma Dike-Lawal") in found


@pytest.mark.parametrize("body, expected", [
    # the writer's story goes on after the report: a new subject and a verb in the past
    ("Defence Minister Ravi Menon told his counterparts that the joint fund needed fresh money, "
     "and the meeting ended without a joint statement.",
     ("indirect", "the joint fund needed fresh money", "Ravi Menon")),
    ("Secretary General Anna Berg has said that the door to new members stays open, but the new "
     "administration has made clear that it does not share that view.",
     ("indirect", "the door to new members stays open", "Anna Berg")),
    # another act of the speaker's; a source in brackets
    ("The ministry spokesman Ivo Tanner said the agreement marked a new start, while insisting that "
     "it changed nothing.", ("indirect", "the agreement marked a new start", "Ivo Tanner")),
    ("Prime Minister Arman Sato said in June that the country would eventually leave it (State Radio, June 12).",
     ("indirect", "the country would eventually leave it", "Arman Sato")),
    # (a present tense after the subject: still the report's)
    ("Envoy Lin Ma said the capital backs the treaty, and the country's policy remains fixed on trade.",
     ("indirect", "the capital backs the treaty, and the country's policy remains fixed on trade", "Lin Ma")),
])
def test_an_indirect_quote_ends_where_the_story_goes_on(body, expected):
    found, _ = quotes(body)
    assert expected in found


def test_a_reporting_verb_with_a_plain_object_is_no_report():
    found, _ = quotes("Tonga's membership of Mercosur adds another outlet for its fish exports. "
                      "The talks went well. Foreign Minister Sione Vake added the bloc would grow in the coming years.")
    assert found == [("indirect", "the bloc would grow in the coming years", "Sione Vake")]


def test_a_report_coordinated_after_the_writers_clause_is_its_own():
    found, _ = quotes("The talks went well. Suva also keeps its seat in the island forum, next to two neighbours, "
                      "and President Sitiveni Rabuka said the two seats did not clash.")
    assert found == [("indirect", "the two seats did not clash", "Sitiveni Rabuka")]


def test_a_report_ends_where_another_speaker_goes_on_past_a_clause_about_them():
    found, _ = quotes("Fijian Prime Minister Sitiveni Rabuka told the forum that the ocean was their common ground, while "
                      "Tongan Premier Sione Vake, who will host the next meeting, said the region should keep outsiders at bay.")
    assert found == [("indirect", "the ocean was their common ground", "Sitiveni Rabuka"),
                     ("indirect", "the region should keep outsiders at bay", "Sione Vake")]


def test_a_ministry_welcomes_saying_its_report():
    found, _ = quotes("Kazakhstan's foreign ministry welcomed the decision, saying membership would widen the country's "
                      "trade routes to the south.")
    assert [(kind, text) for kind, text, _ in found] == [
        ("indirect", "membership would widen the country's trade routes to the south")]
    assert found[0][2] is not None and "Kazakhstan" in found[0][2]


def test_a_speakers_circumstance_between_the_name_and_the_verb():
    found, _ = quotes("Prime Minister Sione Vake, on his maiden overseas visit as premier, told the forum that the "
                      "islands must not be drawn into rivalries.")
    assert found == [("indirect", "the islands must not be drawn into rivalries", "Sione Vake")]


def test_a_verb_with_it_as_its_object_after_a_clause_is_no_attribution():
    found, _ = quotes("Lawmakers voted the accession law through in March, and the Constitutional Council then "
                      "confirmed it.")
    assert found == []


def test_a_second_report_after_and_said_without_that():
    found, _ = quotes("Sione Vake recalled that Tonga had chaired the forum twice, and said its foreign policy works "
                      "best when the kingdom keeps many friends.")
    assert found == [("indirect", "Tonga had chaired the forum twice", "Sione Vake"),
                     ("indirect", "its foreign policy works best when the kingdom keeps many friends", "Sione Vake")]


def test_according_to_an_agency_that_reports_another_speakers_words():
    found, _ = quotes("According to Kabar, Premier Li Ming told his guests at dinner that the union would keep "
                      "its doors open.")
    assert found == [("indirect", "the union would keep its doors open", "Li Ming")]


def test_a_report_ends_where_the_writer_tells_another_persons_journey():
    found, _ = quotes("Sione Vake said last week that Fiji's letter had reached the secretariat, and Sitiveni Rabuka "
                      "flew to Nuku'alofa two days later.")
    assert found == [("indirect", "Fiji's letter had reached the secretariat", "Sione Vake")]


@pytest.mark.parametrize("body, expected", [
    # a trailing attribution told to reporters, then where and when
    ("Fiji wants the forum to grow only by consensus, spokesperson Mele Tupou told reporters at her "
     "weekly briefing on Friday.", ("indirect", "Fiji wants the forum to grow only by consensus", "Mele Tupou")),
    # a description before the name in apposition: "Another analyst, X, said"
    ('Another analyst, Sione Vea, said: "The council ought to use the seats it holds today."',
     ("direct", "The council ought to use the seats it holds today", "Sione Vea")),
    # the name a relative clause follows, after the closing mark
    ('"Tonga sits where the routes cross. The forum can be its bridge," Ana Lima, who teaches at the '
     'university, said.', ("direct", "Tonga sits where the routes cross. The forum can be its bridge", "Ana Lima")),
    # a long insert between the speaker and the verb; a press agency is a body; a long affiliation after "As X"
    ("Fijian Prime Minister Sitiveni Rabuka, in his first appearance abroad since the long dispute over the "
     "island's fishing fleet, told the summit that his government stood firm.",
     ("indirect", "his government stood firm", "Sitiveni Rabuka")),
    ("Tonga's ministers signed off on the partnership deal in March, according to the Tonga Press Agency.",
     ("indirect", "Tonga's ministers signed off on the partnership deal in March", "Tonga Press Agency")),
    ("As Dr Ana Lima of the Centre for Island Affairs and Diplomacy at the University of Suva put it, the "
     "exit was a divorce under one roof.", ("indirect", "the exit was a divorce under one roof", "Ana Lima")),
    # a note on the title in brackets; the subject of "when he told me:"
    ('Ambassador (retd) Sione Vea, who served in Suva and Apia, was blunter when he told me: "Our first bet '
     'went to the wrong table."', ("direct", "Our first bet went to the wrong table", "Sione Vea")),
    # "who" after an apposition that names another person: the apposition's head
    ("The step was confirmed in Suva by Sione Vea, an aide to Fijian President Wiliame Katonivere, who told "
     "reporters that Tonga had become a partner country.", ("indirect", "Tonga had become a partner country", "Sione Vea")),
    # "For X, professor of ...," names the one "he" stands for
    ("Fijian President Wiliame Katonivere attended the talks.\n\nFor Sione Vea, professor of politics at the "
     "University of Suva, Tonga's arrival changes the bloc. \"The forum gains a bridge to the north,\" he told "
     "the Lagoon Times.", ("direct", "The forum gains a bridge to the north", "Sione Vea")),
    # a short reported clause with its auxiliary; a subject noun with a phrase of its own; "has since said";
    # a report ending at the writer's "though he declined ..."; a directorate speaks
    ("Fijian Prime Minister Sitiveni Rabuka arrived in Apia on Monday. He said the talks were continuing.",
     ("indirect", "the talks were continuing", "Sitiveni Rabuka")),
    ("Fijian Prime Minister Sitiveni Rabuka arrived in Apia on Monday. He said talks on the fishing "
     "quota were dragging on.", ("indirect", "talks on the fishing quota were dragging on", "Sitiveni Rabuka")),
    ("Fijian Prime Minister Sitiveni Rabuka froze the country's part in the pact in 2024 and has since said Fiji may "
     "quit the pact within a year.", ("indirect", "Fiji may quit the pact within a year", "Sitiveni Rabuka")),
    ("An aide, Sione Vea, told reporters that nine islands had been sounded out, though he declined to list them.",
     ("indirect", "nine islands had been sounded out", "Sione Vea")),
    ("Leaders held talks that evening, and the Directorate of Communications said the two leaders had discussed trade.",
     ("indirect", "the two leaders had discussed trade", "Directorate of Communications")),
])
def test_reports_and_their_speakers_in_the_shapes_news_gives_them(body, expected):
    found, _ = quotes(body)
    assert expected in found


def test_a_states_embassy_speaks():
    found, extraction = quotes("The Chinese Embassy in Suva said in a statement that Beijing backed a bigger part for "
                               "Fiji in the forum's trade talks.")
    assert [(kind, text) for kind, text, _ in found] == [
        ("indirect", "Beijing backed a bigger part for Fiji in the forum's trade talks")]
    speaker = extraction.quotes[0].speaker_organisation
    assert speaker is not None and "Embassy" in speaker.name


def test_he_is_not_someone_named_in_the_phrase_of_a_relative_clause():
    found, _ = quotes("Fijian Prime Minister Sitiveni Rabuka arrived in Apia on Monday for the meeting.\n\n"
                      '"Those who fund militias must bear the consequences," Rabuka said in his address, which was also '
                      "attended by Tonga's Defence Minister Sione Vea.\n\n"
                      '"Rules must bind every member alike," he said.')
    assert ("direct", "Rules must bind every member alike", "Sitiveni Rabuka") in found


def test_said_with_a_plain_object_is_no_report():
    found, _ = quotes("Fijian Prime Minister Sitiveni Rabuka arrived in Apia on Monday. He said the same thing again.")
    assert found == []


def test_a_long_participle_phrase_between_the_speaker_and_said():
    found, _ = quotes("Deputy Prime Minister Tomasi Leka, speaking to reporters in Suva beside Forum Secretary-General "
                      "Henry Puna, said the talks had gone well for every delegation.")
    assert found == [("indirect", "the talks had gone well for every delegation", "Tomasi Leka")]


def test_a_report_ends_where_the_writer_glosses_the_quoted_words():
    found, _ = quotes('Prime Minister Sione Vake said that the Forum must keep "its door ajar", a phrase '
                      "understood in Apia as meant for Tonga.")
    assert found == [("indirect", 'the Forum must keep "its door ajar"', "Sione Vake")]


def test_a_term_in_marks_before_but_said_has_no_attribution():
    found, _ = quotes('The communique asked for a "broad-based cabinet" in Apia but said nothing on the vote.')
    assert found == []


def test_a_trailing_attribution_after_a_clause_with_a_term_in_marks():
    found, _ = quotes("Premier Sione Vake spoke on Monday. The fleet will patrol the reefs the charter names as "
                      '"shared waters" until the cyclone season ends, he said.')
    assert ("indirect", 'The fleet will patrol the reefs the charter names as "shared waters" until the cyclone '
            "season ends", "Sione Vake") in found


def test_no_attribution_from_a_report_going_on_or_a_clause_of_time():
    found, _ = quotes('Premier Sione Vake thanked the partners. His cabinet, he said, stood "firm on fisheries".')
    assert not any(text == "His cabinet" for _, text, _ in found)
    found, _ = quotes('Forum ministers signed a text in Suva on "ocean stewardship" on Friday, a day after '
                      "Premier Sione Vake threatened the members with new levies.")
    assert found == []
    found, _ = quotes("Fiji stays out of the forum's talks, and Apia has said little in public about them.")
    assert found == []


def test_said_some_years_ago_that_and_told_hearers_named_in_an_apposition():
    found, _ = quotes("President Sione Vake said three years ago that the fleet would double.")
    assert found == [("indirect", "the fleet would double", "Sione Vake")]
    found, _ = quotes("Premier Sione Vake opened the session and told the leaders present, among them Fijian Prime "
                      "Minister Sitiveni Rabuka, that the ocean was their common road.")
    assert found == [("indirect", "the ocean was their common road", "Sione Vake")]


def test_he_after_a_bare_name_a_relative_clause_describes():
    found, _ = quotes("Fijian Prime Minister Sitiveni Rabuka said the forum would grow.\n\n"
                      "Sione Vake, who chairs Tonga's fisheries board, arrived late. He told the hall that the "
                      "catch had halved.")
    assert ("indirect", "the catch had halved", "Sione Vake") in found


def test_he_is_not_the_one_met_in_an_opening_participle_but_after_according_to_she_is():
    found, _ = quotes("Premier Sione Vake spoke first. Vake later conceded that Suva was unhappy. Greeting Fijian "
                      'leader Sitiveni Rabuka at the airport, he said: "Our boats will sail together."')
    assert ("direct", "Our boats will sail together", "Sione Vake") in found
    found, _ = quotes("The calendar lists forty meetings, spokesman Sione Vea told reporters.\n\n"
                      "According to Mele Taufa, a fellow at the Tonga Institute, the reef talks matter most.\n\n"
                      '"Shipping lanes will decide the year," she said.')
    assert ("direct", "Shipping lanes will decide the year", "Mele Taufa") in found


def test_telling_a_hearer_named_with_where_before_that():
    found, _ = quotes("Fijian Prime Minister Sitiveni Rabuka spoke bluntly on Friday, telling the Samoan premier "
                      "over lunch at the Pacific Islands Forum (PIF) retreat that the fishing dispute had to end.")
    assert ("indirect", "the fishing dispute had to end", "Sitiveni Rabuka") in found


@pytest.mark.parametrize("body, expected", [
    # a verb with its own object ends no report: the quote that follows is the only one
    ('Speaking to reporters in Suva, the spokesperson Ana Lima confirmed the decision. "The kingdom brings a lot to the '
     'table," she said.', [("direct", "The kingdom brings a lot to the table", "Ana Lima")]),
    # "..., he said, adding that ...": the attribution closes the first report, a second follows (marks or none)
    ("Prime Minister Sitiveni Rabuka spoke first. Fiji would lower its port fees for members, he said, adding that the "
     'forum would help the islands "ride out the storms".',
     [("indirect", "Fiji would lower its port fees for members", "Sitiveni Rabuka"),
      ("indirect", 'the forum would help the islands "ride out the storms"', "Sitiveni Rabuka")]),
    ("Prime Minister Sitiveni Rabuka spoke first. Fiji would lower its port fees for members, he said, adding that the "
     "forum would help the islands grow.",
     [("indirect", "Fiji would lower its port fees for members", "Sitiveni Rabuka"),
      ("indirect", "the forum would help the islands grow", "Sitiveni Rabuka")]),
    # a long affiliation after the name; an apposition inside "As X put it"; an outlet described before its name
    ("Professor Ana Lima of the Centre for Pacific Studies at the University of the South Pacific said the new members "
     "would pull the forum northwards.",
     [("indirect", "the new members would pull the forum northwards", "Ana Lima")]),
    ("As Ana Lima, a fellow at the Lagoon Institute, put it, the chair hands Tonga the pen for a year.",
     [("indirect", "the chair hands Tonga the pen for a year", "Ana Lima")]),
    ("Ana Lima, Tonga's envoy in Suva, told state news agency Lagoon Wire that talks would resume in May.",
     [("indirect", "talks would resume in May", "Ana Lima")]),
    # initials run together do not end a sentence
    ("Prime Minister S.V. Tuilagi said that the forum would grow.",
     [("indirect", "the forum would grow", "S.V. Tuilagi")]),
    # a name with a particle, introduced by an apposition, is who "According to de Souza" means
    ("Ana de Souza, an economist at the Lagoon Institute, was less impressed. According to de Souza, cheaper loans "
     "would count for more in Tonga than photo opportunities.",
     [("indirect", "cheaper loans would count for more in Tonga than photo opportunities", "Ana de Souza")]),
    # "put it more bluntly:" before the words themselves
    ('Her brother, Sione Vake, put it more simply: "Fishing pays the bills here."',
     [("direct", "Fishing pays the bills here", "Sione Vake")]),
])
def test_objects_adding_long_affiliations_outlets_initials_particles_and_put_it(body, expected):
    found, _ = quotes(body)
    assert found == expected


@pytest.mark.parametrize("body, expected", [
    # a time and an aside between the verb and "that"
    ("Former premier Ana Lima said in May 2023, ahead of the Apia summit that approved the enlargement, that Tonga "
     "saw no reason to apply.", [("indirect", "Tonga saw no reason to apply", "Ana Lima")]),
    # the speaker asked about something, set off by commas
    ("President Ana Lima, asked about the bloc at her weekly briefing on Monday, said that Fiji kept friendly ties "
     "with every member.", [("indirect", "Fiji kept friendly ties with every member", "Ana Lima")]),
    # a name before its party, described before its name
    ("Premier Sione Vake of the ruling Lagoon Party announced that the cabinet would shelve the bid until 2030.",
     [("indirect", "the cabinet would shelve the bid until 2030", "Sione Vake")]),
    # "According to X," before a report that goes on past a clause of its own
    ("Foreign Minister Ana Lima chairs the council. According to Lima, the forum's standing fell in May 2021, when it stayed silent "
     "over the cyclone.",
     [("indirect", "the forum's standing fell in May 2021, when it stayed silent over the cyclone", "Ana Lima")]),
    # a name in marks quotes no one
    ('Sione Vake, a fellow at the think tank "Reef Compass", said the two moves showed the neighbours drifting apart.',
     [("indirect", "the two moves showed the neighbours drifting apart", "Sione Vake")]),
    # "where she said that", after a clause about her
    ('President Ana Lima hosted the envoys at a dinner on Friday, where she said that members should keep the '
     '"Lagoon Way" and resist bloc politics.',
     [("indirect", 'members should keep the "Lagoon Way" and resist bloc politics', "Ana Lima")]),
    # a title that lists its fields, its commas no apposition's
    ('"The status opens the working groups to us without binding us," Minister of Fisheries, Forests and Trade Sione '
     "Vake said at a briefing on Tuesday.",
     [("direct", "The status opens the working groups to us without binding us", "Sione Vake")]),
])
def test_asides_before_that_parties_names_in_marks_and_titles_with_lists(body, expected):
    found, _ = quotes(body)
    assert found == expected


@pytest.mark.parametrize("body, expected", [
    # a title with its portfolio after "for" before the name
    ("The talks were led by Deputy Prime Minister for Ocean Affairs Ana Lima on Tuesday. According to Lima, the "
     "review of the fisheries laws will start within weeks.",
     [("indirect", "the review of the fisheries laws will start within weeks", "Ana Lima")]),
    # an acronym written as a word, defined in brackets after the name
    ("The Department of Lagoon Affairs and Fisheries (Dlaf) released a note. In a statement on Monday, Dlaf said "
     "that Tonga watched every regional forum closely.",
     [("indirect", "Tonga watched every regional forum closely", "Department of Lagoon Affairs and Fisheries")]),
])
def test_titles_with_a_portfolio_and_acronyms_written_as_words(body, expected):
    found, _ = quotes(body)
    assert found == expected


@pytest.mark.parametrize("body, expected", [
    # "MP" and "President-elect" are titles; "Yet" opens the clause, no part of the name
    ('"The bid sends the wrong signal," said opposition MP Sione Vake in Nuku\'alofa on Monday.',
     [("direct", "The bid sends the wrong signal", "Sione Vake")]),
    ("President-elect Ana Lima said she would review the bid within a month of taking office.",
     [("indirect", "she would review the bid within a month of taking office", "Ana Lima")]),
    ("Yet Sione Vake, the Tongan premier, argued that the forum should focus on fisheries.",
     [("indirect", "the forum should focus on fisheries", "Sione Vake")]),
])
def test_titles_of_lawmakers_and_leaders_elect_and_a_clauses_opening_word(body, expected):
    found, _ = quotes(body)
    assert found == expected


@pytest.mark.parametrize("body, expected", [
    # the time of a report set off after it: "a day after X announced that ..." is not X's report
    ("Tonga will take its time before joining the bloc, Foreign Minister Ana Lima said today, hours after Fiji "
     "confirmed that Samoa had been admitted.",
     [("indirect", "Tonga will take its time before joining the bloc", "Ana Lima")]),
    # a bare noun with a phrase naming a body before the verb of the clause
    ("Permanent Secretary Sione Vake said membership in ASEAN had lent a small country real weight.",
     [("indirect", "membership in ASEAN had lent a small country real weight", "Sione Vake")]),
    # a second report in a participle without "that"
    ("Prime Minister Ana Lima said in May that no guests would attend, saying the leaders wanted time on their own.",
     [("indirect", "no guests would attend", "Ana Lima"),
      ("indirect", "the leaders wanted time on their own", "Ana Lima")]),
    # a given name's initial joined to the name is a full name
    ("T.Bayarmaa, a researcher at the Steppe Institute, told reporters that observer status suited the country.",
     [("indirect", "observer status suited the country", "T.Bayarmaa")]),
])
def test_times_after_a_report_nouns_naming_a_body_participle_reports_and_joined_initials(body, expected):
    found, _ = quotes(body)
    assert found == expected


@pytest.mark.parametrize("body, expected", [
    # an attribution set in the middle after a first part holding a list, and whom it was told
    ("Foreign Minister Ana Lima spoke on Monday. If fishing fleets were harmed by piracy, pollution and storms, she "
     "told the meeting, the region would lose its main income.",
     [("indirect", "If fishing fleets were harmed by piracy, pollution and storms the region would lose its main income",
       "Ana Lima")]),
    # "Yet for X, ..." makes X the one a pronoun after it stands for
    ('"The forum is a club of equals," says Sione Vake, an analyst in Suva. But for Ana Lima, Tonga\'s premier, who '
     "takes the forum's chair next year, size matters most. A larger forum, she told the summit, would carry more "
     "weight.",
     [("direct", "The forum is a club of equals", "Sione Vake"),
      ("indirect", "A larger forum would carry more weight", "Ana Lima")]),
])
def test_middle_attributions_after_lists_and_topics_after_a_linking_word(body, expected):
    found, _ = quotes(body)
    assert found == expected


def test_a_name_inside_a_quote_is_not_whom_the_pronoun_after_it_stands_for():
    found, _ = quotes("Sione Vake, a research fellow at the Pacific Institute, said the meeting had gone well. "
                      '"The fact that Lima came, even without any talks, matters," he said. Foreign Minister Ana Lima '
                      "left on Wednesday.")
    assert found == [("indirect", "the meeting had gone well", "Sione Vake"),
                     ("direct", "The fact that Lima came, even without any talks, matters", "Sione Vake")]


@pytest.mark.parametrize("body, expected", [
    # what the writer calls the report ("an allegation ...") is not part of it
    ("Prime Minister Sione Vake later said Fiji had blocked the bid, an allegation Suva has not addressed.",
     [("indirect", "Fiji had blocked the bid", "Sione Vake")]),
    # an attribution set in the middle with whom and when it was told
    ("Tonga's host, Prime Minister Sione Vake, looked pleased. Twelve states, he told reporters on Thursday, have asked "
     "to join the forum this year.",
     [("indirect", "Twelve states have asked to join the forum this year", "Sione Vake")]),
    # but what the speaker did after the attribution is no more of the report
    ("Tonga will not apply for any status in the forum, Foreign Minister Ana Lima said on Tuesday, citing the "
     "kingdom's long neutrality.",
     [("indirect", "Tonga will not apply for any status in the forum", "Ana Lima")]),
    # a report in a participle after a clause of the speaker's own: "noting that", "stressing that"
    ("President Sione Vake also touched on the forum's budget, noting that Fiji had given fresh impetus to its work.",
     [("indirect", "Fiji had given fresh impetus to its work", "Sione Vake")]),
    # a clause whose verb has no "-ed" after "According to X," is the report, not an apposition
    ("According to the Pacific Trade Commission, the region's output rose by about 3 percent in 2024, driven by "
     "fisheries and tourism.",
     [("indirect", "the region's output rose by about 3 percent in 2024, driven by fisheries and tourism",
       "Pacific Trade Commission")]),
])
def test_comments_on_a_report_middle_attributions_with_a_time_and_participle_reports(body, expected):
    found, _ = quotes(body)
    assert found == expected


@pytest.mark.parametrize("body, expected", [
    # the speaker's title of many words and the name in apposition, then where it was said, then "that"
    ("Fiji's Minister of Mines and Energy, Ana Lima, said in Suva that her country would sign up to the charter.",
     [("indirect", "her country would sign up to the charter", "Ana Lima")]),
    # "As X put it in Apia, ..."
    ("As President Sione Vake put it in Apia, the forum should become a main channel for cooperation among small states.",
     [("indirect", "the forum should become a main channel for cooperation among small states", "Sione Vake")]),
    # a list of names as the reported clause's subject, after a long opening phrase
    ("Announcing the decision on Thursday, the last day of a meeting in Suva, Tongan President Sione Vake said Fiji, "
     "Samoa and the Cook Islands would join on January 1, 2024.",
     [("indirect", "Fiji, Samoa and the Cook Islands would join on January 1, 2024", "Sione Vake")]),
    # a verb after a modal in the reported clause ("would add") opens no second report
    ("Analyst Ana Lima said Tonga's policy rested on balancing ties with Fiji, China and Samoa, and that formal "
     "membership would add little.",
     [("indirect", "Tonga's policy rested on balancing ties with Fiji, China and Samoa, and that formal membership would "
                   "add little", "Ana Lima")]),
])
def test_long_titles_as_x_put_it_in_a_place_listed_subjects_and_verbs_after_modals(body, expected):
    found, _ = quotes(body)
    assert found == expected


@pytest.mark.parametrize("body, expected", [
    # a longer quoted phrase inside the reported clause, words of the clause between "that" and the marks
    ("Foreign Minister Prince Sione Vake led the delegation to the meeting. According to a statement from the Tongan "
     "Ministry of Foreign Affairs, Prince Sione stressed that the Kingdom \"values its bonds with the bloc\" and would "
     "continue to take part in the group's meetings \"in a manner that serves its interests.\"",
     [("indirect", "the Kingdom \"values its bonds with the bloc\" and would continue to take part in the group's meetings "
                   "\"in a manner that serves its interests.\"", "Sione Vake")]),
    # "Assistant to the President" is a title in an apposition of many words
    ("Sione Vake, Assistant to the President of Tonga and Head of the Foreign Policy Department of the Presidential "
     "Administration, told journalists in Suva that Nuku'alofa expected \"an even and open hearing\" from all members.",
     [("indirect", "Nuku'alofa expected \"an even and open hearing\" from all members", "Sione Vake")]),
])
def test_longer_wording_inside_a_report_and_assistants_to_the_president(body, expected):
    found, _ = quotes(body)
    assert found == expected


@pytest.mark.parametrize("body, expected", [
    # the hearer described and named before "that"; the report's own source closing the sentence
    ("Fijian Prime Minister Sione Taufa told his Tongan counterpart Aisake Eke that Suva would give Nuku'alofa every "
     "support during its term, government aide Mele Vake told reporters.",
     [("indirect", "Suva would give Nuku'alofa every support during its term", "Sione Taufa")]),
    # two names joined as the reported clause's subject, no new clause
    ("Fijian Prime Minister Sione Taufa said on Monday that the bids from Apia and Suva confirmed the forum's appeal.",
     [("indirect", "the bids from Apia and Suva confirmed the forum's appeal", "Sione Taufa")]),
    # an act of the report's own subject after "while" is still the report
    ("Fijian Prime Minister Sione Taufa has argued that the pact let its members down, while rushing troops to "
     "another state in 2022.",
     [("indirect", "the pact let its members down, while rushing troops to another state in 2022", "Sione Taufa")]),
])
def test_a_hearer_named_a_source_after_the_report_and_names_joined_in_it(body, expected):
    assert quotes(body)[0] == expected


def test_a_report_after_quoted_words_with_the_speaker_named_again_by_a_pronoun():
    found = quotes("Forum chair Sione Taufa called the group \"the most useful club in the ocean,\" and he noted that it "
                   "now has 18 members, more than ever before.")[0]
    assert ("indirect", "it now has 18 members, more than ever before", "Sione Taufa") in found


def test_a_source_before_its_relative_clause_and_the_document_it_issued():
    found = quotes("Nauru has become a partner of the forum, the Fijian Foreign Ministry, which holds the forum's chair, "
                   "announced on Friday. \"The islands share our interests,\" the ministry said in a statement. According "
                   "to the document, Nauru's entry will help the region's trade.")[0]
    assert [(kind, text) for kind, text, _ in found] == [
        ("indirect", "Nauru has become a partner of the forum"), ("direct", "The islands share our interests"),
        ("indirect", "Nauru's entry will help the region's trade")]
    assert len({speaker for _, _, speaker in found}) == 1 and found[0][2] is not None


@pytest.mark.parametrize("body, expected", [
    # "as X said" after a clause of the writer's, the speaker's titles in two parts, when after the verb
    ("Fiji joined the forum in 2020, and, as Vice-Chairman of the Government, Minister of Foreign Affairs Sione Taufa said earlier "
     "this month, Suva intends to apply to the bank soon.",
     ("indirect", "Suva intends to apply to the bank soon", "Sione Taufa")),
    # a title naming its body before the name
    ("As Secretary General of the Forum Mele Vake noted, the forum was set up in 1971.",
     ("indirect", "the forum was set up in 1971", "Mele Vake")),
    # "according to" opening a clause after "and"
    ("A task force began work in 2019, and according to the Ministry of Trade, its review is still under way.",
     ("indirect", "its review is still under way", "Ministry of Trade")),
    # "back in" before "that"
    ("Prime Minister Sione Taufa said back in 2015 that Fiji was studying the union closely.",
     ("indirect", "Fiji was studying the union closely", "Sione Taufa")),
])
def test_reports_told_inside_a_sentence_and_speakers_with_long_titles(body, expected):
    assert expected in quotes(body)[0]


def test_the_publisher_reporting_what_its_article_tells_is_no_quote():
    body = ("SUVA, Sept. 2 (Xinhua) -- Fiji joined the Pacific forum's new trade pact on Monday, a Xinhua correspondent "
            "reports. Fiji's trade minister Sione Taufa said the pact would lift exports.")
    found, extraction = quotes(body, header="Fiji joins trade pact")
    assert found == [("indirect", "the pact would lift exports", "Sione Taufa")]


@pytest.mark.parametrize("body, expected", [
    # a noun after a possessive is no second report ("its claims")
    ("\"Holding the chair hands you the pen,\" Sione Taufa said, adding that Suva would need to keep Apia talking while "
     "defending its claims in the lagoon.",
     ("indirect", "Suva would need to keep Apia talking while defending its claims in the lagoon", "Sione Taufa")),
    # a name with a capital outside Latin-1 (Vietnamese)
    ("Trade Minister Đặng Thị Ưng said membership would open new markets and force hard choices.",
     ("indirect", "membership would open new markets and force hard choices", "Đặng Thị Ưng")),
])
def test_a_possessive_noun_after_while_and_a_name_with_extended_latin_capitals(body, expected):
    assert expected in quotes(body)[0]


def test_he_after_a_clause_on_a_person_named_with_his_office_in_apposition():
    found = quotes("Analyst Mele Vake said the union was costly. When Sione Taufa, Chairman of the Board of the Pacific "
                   "Trade Commission, visited Apia, he said that the union would welcome Samoa whenever it was ready.")[0]
    assert ("indirect", "the union would welcome Samoa whenever it was ready", "Sione Taufa") in found


def test_a_ministry_named_by_its_building_is_no_person_a_pronoun_stands_for():
    found = quotes("\"Holding both roles is no contradiction,\" said Dr Mele Vake, a senior analyst at the Suva institute. "
                   "Wisma Putra said in a statement that Suva's policy remained its own. \"The chair writes the agenda,\" she said.")[0]
    assert ("direct", "The chair writes the agenda", "Mele Vake") in found


@pytest.mark.parametrize("body, expected", [
    # "has earlier said that"
    ("Prime Minister Sione Taufa has earlier said that any such step would be put to voters in a referendum.",
     [("indirect", "any such step would be put to voters in a referendum", "Sione Taufa")]),
    # a clause in the present after "According to X," is the report, not X's apposition
    ("\"We are not joining today,\" committee chairman Sione Taufa said. According to Taufa, the bill requires the cabinet "
     "to align Tongan rules with the forum's gradually, in fields from customs to fisheries.",
     [("direct", "We are not joining today", "Sione Taufa"),
      ("indirect", "the bill requires the cabinet to align Tongan rules with the forum's gradually, in fields from customs "
       "to fisheries", "Sione Taufa")]),
    # "adds to" is a sum; a decision speaks for no one
    ("The forum presidency adds to a busy year for Suva.", []),
    ("Tonga has been granted observer status at the forum, according to a decision taken when the Pacific Islands "
     "Forum Council sat on Friday.", []),
])
def test_reports_after_earlier_a_present_clause_after_according_to_and_no_reports(body, expected):
    assert quotes(body)[0] == expected


@pytest.mark.parametrize("body, expected", [
    # a name before "and added that" is no pair of names: the second report stands
    ("Foreign Minister Ana Lima said the bloc would admit Tonga and added that Fiji would follow later.",
     [("indirect", "the bloc would admit Tonga", "Ana Lima"), ("indirect", "Fiji would follow later", "Ana Lima")]),
    # a plural noun in a phrase is no verb in the present: the apposition stays the source's
    ("According to Mele Vake, the head of trade talks for the forum, Tonga will join next year.",
     [("indirect", "Tonga will join next year", "Mele Vake")]),
])
def test_and_added_that_after_a_name_and_an_apposition_with_a_plural(body, expected):
    assert quotes(body)[0] == expected
