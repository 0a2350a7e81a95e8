"""States and organisations, on sentences written for these tests (never the seeds)."""
import pytest
from sco_etl.extract.entities import extract_entities
from sco_etl.model import Extraction
from sco_etl.parse.layout import parse_article


def entities(body: str, header: str = "A headline for the test"):
    article = parse_article(f"{header}\n\n{body}")
    found = extract_entities(article, Extraction())
    states = {m.iso3: len(m.spans) for m in found.states}
    organisations = {m.organisation.name: m.organisation for m in found.organisations}
    return states, organisations


@pytest.mark.parametrize("sentence, iso3", [
    ("Officials from the Russian Federation signed the new agreement on customs this week.", "RUS"),
    ("Delegates from Türkiye and the Kyrgyz Republic attended the meeting on energy trade.", "TUR"),
    ("Delegates from Turkey attended the meeting in the capital on energy trade and transit.", "TUR"),
    ("The Kyrgyz Republic will host the next round of talks on the regional power grid.", "KGZ"),
    ("Korea took over the chair of the forum this year from Peru.", "KOR"),
    ("Chinese Taipei joined the forum in 1991 under that name.", "TWN"),
    ("Lao PDR sent a delegation of officials to the talks on railway links in the region.", "LAO"),
    ("The Republic of Korea joined the talks on supply chains as an invited guest country.", "KOR"),
    ("The Islamic Republic of Iran applied for a closer partnership with the bloc last year.", "IRN"),
    ("Emirati investors and Saudi funds are looking at new logistics projects in the region.", "ARE"),
    ("The Burmese delegation left early, while the others stayed for the closing dinner.", "MMR"),
    ("A Chinese-built highway now links the two valleys through the mountain pass in winter.", "CHN"),
    ("Belarusian proposals on transport were welcomed by the other delegations at the talks.", "BLR"),
    # a name's apostrophe printed curly
    ("Delegates from Côte d’Ivoire attended the meeting on energy trade and transit in the capital.", "CIV"),
    # a state without an ISO 3166 code, under the code the European Commission and the IMF use
    ("Kosovo asked the regional council for a seat at its table on energy last spring.", "XKX"),
    ("Kosovar officials said the road through the valley would open to lorries next year.", "XKX"),
])
def test_names_adjectives_and_official_forms(sentence, iso3):
    states, _ = entities(sentence)
    assert iso3 in states


@pytest.mark.parametrize("sentence", [
    "Tensions in the South China Sea were discussed along with shipping in the Indian Ocean.",
    "Leaders from Central Asia and the Middle East met in Shanghai and later toured Qingdao.",
    "The Shanghai Cooperation Organization was discussed at length by the Global South delegates.",
])
def test_places_and_names_inside_names_are_not_states(sentence):
    states, _ = entities(sentence)
    assert states == {}


def test_name_inside_an_organisation_name_is_not_a_mention_but_its_owner_is():
    states, organisations = entities(
        "Researchers at Kazakhstan's China Studies Center published a long report on trade corridors.")
    assert states == {"KAZ": 1}
    assert "China Studies Center" in organisations


def test_projects_name_their_states():
    states, _ = entities("The China-Mongolia-Russia Economic Corridor has sped up freight across the border.")
    assert set(states) == {"CHN", "MNG", "RUS"}


def test_catalogue_names_in_either_spelling_are_one_organisation():
    _, organisations = entities(
        "The Shanghai Cooperation Organisation met in June. The Shanghai Cooperation Organization "
        "and the SCO Secretariat issued a joint statement on the agenda of the next summit.")
    assert organisations["Shanghai Cooperation Organization"].acronym == "SCO"
    assert "SCO Secretariat" in organisations


def test_discovered_organisations_with_acronym_tails_and_owner():
    _, organisations = entities(
        "The Eurasian Logistics Research Institute (ELRI) said the corridor would open in May. "
        "Later, ELRI staff met officials of India's Ministry of External Affairs and the "
        "Department of Trade of the Caspian Development Bank to discuss financing for the plan.")
    assert organisations["Eurasian Logistics Research Institute"].acronym == "ELRI"
    ministry = organisations["India's Ministry of External Affairs"]
    assert (ministry.kind, ministry.country_iso3) == ("government_body", "IND")
    assert {"Department of Trade", "Caspian Development Bank"} <= set(organisations)


def test_meetings_documents_and_initiatives_are_not_organisations():
    _, organisations = entities(
        "The 25th Meeting of the Council of Foreign Ministers adopted the Tashkent Declaration, "
        "and delegates praised the Belt and Road Initiative and the Shanghai Spirit of trust.")
    assert not any(name.startswith(("Meeting", "Tashkent Declaration", "Belt", "Shanghai Spirit"))
                   for name in organisations)


def test_acronym_in_parentheses_must_look_like_one():
    _, organisations = entities(
        "Staff of the Central Asia Studies Center (Kazakhstan) wrote the report on water and power.")
    assert organisations["Central Asia Studies Center"].acronym is None


def test_two_names_joined_by_and_are_two_organisations():
    _, organisations = entities(
        "Scholars at the Caspian Studies Institute and Almaty Technical University wrote the study.")
    assert {"Caspian Studies Institute", "Almaty Technical University"} <= set(organisations)
    _, one = entities("Officials of the Ministry of Commerce and Industry signed the memorandum yesterday.")
    assert "Ministry of Commerce and Industry" in one


def test_a_longer_name_around_a_catalogued_acronym_is_its_own_organisation():
    _, organisations = entities("Members discussed a new SCO Development Bank to finance the regional projects.")
    assert "SCO Development Bank" in organisations


def test_a_discovered_name_stops_at_the_end_of_its_sentence():
    _, found = entities("She is a researcher at the Pamir Studies Institute. Nilufar Saidova writes on trade.")
    assert "Pamir Studies Institute" in found and not any("Nilufar" in name for name in found)


def test_the_publisher_counts_beside_another_outlet_credited_in_the_furniture():
    article = parse_article(
        "Ministers meet in Dushanbe\n\nBy Lena Ortiz\n\n"
        "Foreign ministers of the member states met in Dushanbe on Tuesday to prepare the summit "
        "agenda, officials said.\n\n"
        "Photograph: Delegates arrive at the conference hall. Reuters\n\n"
        "© 2025 Tallgrass Courier. All rights reserved.")
    found = extract_entities(article, Extraction())
    assert article.publisher == "Tallgrass Courier"
    assert {"Tallgrass Courier", "Reuters"} <= {mention.organisation.name for mention in found.organisations}


def test_a_club_is_an_organisation():
    _, organisations = entities("Experts at the Valdai Discussion Club in Moscow discussed the bloc's future this week.")
    assert "Valdai Discussion Club" in organisations


def test_a_state_owned_ministry_keeps_the_form_the_article_printed_as_an_alias():
    _, organisations = entities("The Chinese Foreign Ministry said on Friday that the talks would resume in March.")
    ministry = organisations["China's Foreign Ministry"]
    assert {"Chinese Foreign Ministry", "Foreign Ministry of China"} <= set(ministry.aliases)


def test_a_catalogued_outlet_inside_the_publishers_longer_name_is_not_named():
    article = parse_article(
        "A headline for the test\n\nMember states of the bloc agreed on Tuesday to expand cooperation in trade, "
        "energy and transport, officials said after the meeting ended.\n\n"
        "Copyright © 2025 Kabar Valley Post. All rights reserved.")
    assert article.publisher == "Kabar Valley Post"
    found = extract_entities(article, Extraction())
    assert [m.organisation.name for m in found.organisations] == ["Kabar Valley Post"]


def test_what_is_based_somewhere_is_an_organisation_without_a_head_word():
    _, organisations = entities("Analysts at the Almaty-based Steppe Analytics expect the corridor to open "
                                "next year, but a Beijing-based analyst, Li Wei, doubts it.")
    assert set(organisations) == {"Steppe Analytics"}


def test_an_uncatalogued_publisher_named_in_the_dateline_is_mentioned():
    _, organisations = entities("ULAANBAATAR, Oct 12 (Steppe Post) - Mongolia will not seek membership of the bloc, "
                                "the president said on Sunday after talks with his Kazakh counterpart.")
    assert organisations["Steppe Post"].kind == "news_outlet"


def test_a_role_title_and_a_name_after_a_bodys_name_are_not_part_of_it():
    _, organisations = entities("Kazakh Foreign Ministry Spokesperson Aibek Smadiyarov said the talks went well, "
                                "and the Office of the President of Kazakhstan confirmed the visit.")
    assert "Kazakhstan's Foreign Ministry" in organisations
    assert "Office of the President of Kazakhstan" in organisations
    assert not any("Smadiyarov" in name for name in organisations)


def test_a_title_and_a_name_owning_what_follows_end_a_bodys_name():
    _, organisations = entities("Foreign Ministry Spokesperson Lin Hao's Regular Press Conference on July 4 dealt with "
                                "the summit of the bloc and its new members.")
    assert "Foreign Ministry" in organisations and not any("Lin Hao" in name for name in organisations)


def test_a_venue_is_a_building_not_an_organisation():
    _, organisations = entities("Ministers met at the Meru Convention Centre and later visited the Steppe Expo "
                                "Center, where the Centre for Steppe Studies and the International Trade Centre "
                                "had set up stands.")
    assert set(organisations) == {"Centre for Steppe Studies", "International Trade Centre"}


def test_a_matcher_finds_in_each_span_what_it_finds_in_it_alone():
    from sco_etl.extract.matcher import NameMatcher

    matcher = NameMatcher([("South Africa", "ZAF"), ("Africa", "AFR"), ("Laos", "LAO")])
    text = "Laos and South\n\nAfrica met. South Africa and Laos signed.\n\nNothing here. Laos"
    spans = [(0, 14), (16, 57), (59, 72), (73, 77)]
    each = matcher.find_in_each(text, spans)
    assert [[m.value for m in found] for found in each] == [["LAO"], ["AFR", "ZAF", "LAO"], [], ["LAO"]]
    assert each == [matcher.find(text, start, end) for start, end in spans]


def test_a_school_is_an_organisation():
    _, organisations = entities("Researchers at the Kyiv School of Economics said the vote split the bloc again.")
    assert "Kyiv School of Economics" in organisations


def test_an_outlets_one_word_name_without_its_the_inside_another_name_is_not_that_outlet():
    _, organisations = entities("Armenia's National Assembly voted on the bill, and The National reported the vote "
                                "on Thursday morning.")
    assert [name for name in organisations if "National" in name] == ["The National"]
    _, organisations = entities("Armenia's National Assembly voted on the bill on Thursday morning after a debate.")
    assert "The National" not in organisations
    # nor with its "The", before another capitalised word
    _, organisations = entities("The National Assembly of Tonga voted on the bill on Thursday morning after a debate.")
    assert "The National" not in organisations


def test_an_acronym_defined_after_a_catalogued_name_names_that_body_later():
    article = parse_article("A headline for the test\n\nLeaders of the Melanesian Spearhead Group (MSG) met in Suva. "
                            "The MSG traces its origins to 1986.")
    found = extract_entities(article, Extraction())
    assert [len(m.spans) for m in found.organisations if m.organisation.name == "Melanesian Spearhead Group"] == [2]


def test_a_ministry_whose_portfolio_has_two_halves_before_a_speech_verb_is_one_body():
    _, organisations = entities("Tonga's Ministry of Foreign Affairs and International Cooperation said on Monday "
                                "that the talks had ended.")
    assert list(organisations) == ["Tonga's Ministry of Foreign Affairs and International Cooperation"]


def test_a_place_of_two_words_before_based_and_a_headlines_verb_are_no_part_of_a_name():
    _, organisations = entities("Lena Petrova, a researcher at the Chiang Mai-based Institute for Strategy and "
                                "Policy, said the move was bold.")
    assert list(organisations) == ["Institute for Strategy and Policy"]
    _, organisations = entities("The summit ended on Monday after two days of talks on fisheries and trade.",
                                header="Tonga joins the fisheries pact, Tonga Fisheries Ministry Says")
    assert "Tonga Fisheries Ministry Says" not in organisations


def test_a_building_named_after_a_body_is_a_place():
    _, organisations = entities("Leaders of the Melanesian Spearhead Group met at APEC Haus in Port Moresby on Tuesday.")
    assert "Asia-Pacific Economic Cooperation" not in organisations


def test_an_acronym_in_title_case_that_names_a_place_is_the_place():
    states, _ = entities("The United States keeps a base on Guam, and Tonga joined GUAM in 1997.")
    assert states.get("GUM") == 1


def test_a_bodys_one_word_name_before_another_name_word_is_a_region_or_an_event():
    _, organisations = entities("Tonga and the rest of the Commonwealth Caribbean met at the Commonwealth Games.")
    assert "Commonwealth of Nations" not in organisations
    _, organisations = entities("The Commonwealth Secretariat said the Commonwealth On Monday admitted Tonga.")
    assert "Commonwealth of Nations" in organisations


def test_a_menus_common_word_is_no_outlet():
    from sco_etl.extract.entities import extract_entities
    from sco_etl.parse.layout import parse_article
    article = parse_article("Tonga Wire Service\nSubscribe\n\nNational | Politics | World | Business\n\n"
                            "Forum leaders meet in Suva\n\nMarch 3, 2025\n\nLeaders of the Pacific Islands Forum met "
                            "in Suva on Monday to discuss the chair.")
    assert "The National" not in [m.organisation.name for m in extract_entities(article).organisations]


def test_an_acronyms_full_stop_ends_the_sentence_before_a_discovered_name():
    _, organisations = entities("Tonga applied to join the PIF. Ministry officials in Nuku'alofa confirmed that the "
                                "letter had been sent.")
    assert not any(name.startswith("PIF.") for name in organisations)


def test_a_name_ends_before_a_speaker_a_state_list_and_keeps_a_place_before_of():
    _, organisations = entities(
        "Chairman of the Association of Tajik Workers Aibek Osmonov told reporters that pensions were late. "
        "The Foreign Ministry said it would help. Experts at the Bay of Bengal Trade Institute in Dhaka agreed. "
        "How the Forum handles it matters. Peru applied to join the Payments Union of Russia, Belarus and "
        "Kazakhstan in 2011. The Centre for Russian and Asian Studies noted the delay.")
    assert {"Association of Tajik Workers", "Foreign Ministry", "Bay of Bengal Trade Institute", "Payments Union",
            "Centre for Russian and Asian Studies"} <= set(organisations)
    assert not any("Osmonov" in name or "Forum" in name or "Russia" == name.split()[-1] for name in organisations)


def test_an_outlets_name_without_its_the_is_no_mention():
    article = parse_article("A headline for the test\n\nThe bloc met in Astana on Monday; National guards stood by, "
                            "and The National reported on the talks in detail afterwards.")
    found = extract_entities(article, Extraction())
    spans = [span for m in found.organisations if m.organisation.name == "The National" for span in m.spans]
    assert [article.text[span.start:span.end] for span in spans] == ["The National"]


def test_a_catalogued_cooperation_in_the_british_spelling():
    _, organisations = entities("The Gulf Co-operation Council has had a stable membership since it was founded.")
    assert "Gulf Cooperation Council" in organisations


def test_a_states_ministry_written_in_lower_case():
    _, organisations = entities("Peru's foreign ministry said in a statement that the port would open in May.")
    assert organisations["Peru's Foreign Ministry"].country_iso3 == "PER"


def test_where_a_body_is_based_is_no_part_of_its_name():
    _, organisations = entities("Mele Vaka, who teaches at the Suva-based Centre for Pacific Policy Studies, "
                                "said the forum would survive.")
    assert "Centre for Pacific Policy Studies" in organisations


def test_the_peace_and_security_council_and_the_collective_security_council_are_organs_of_their_bodies():
    _, organisations = entities("Decisions on suspensions fall to the Peace and Security Council. CSTO leaders met "
                                "for a Collective Security Council session in Bishkek.")
    assert {"Peace and Security Council of the African Union", "CSTO Collective Security Council"} <= set(organisations)
    assert "United Nations Security Council" not in organisations


def test_when_a_body_acted_is_no_part_of_its_name():
    _, organisations = entities("Fiji formally became the 31st member of the Organisation on Tuesday at a ceremony in "
                                "Suva. The Regional Council in March backed the plan.")
    assert not any("Tuesday" in name or "March" in name for name in organisations)


@pytest.mark.parametrize("sentence, body, person", [
    ("Political scientist Dilnoza Rakhimova of Tashkent State University told reporters that trade had grown.",
     "Tashkent State University", "Dilnoza Rakhimova of Tashkent State University"),
    ("Economist Bakyt Osmonov of Bishkek Finance Academy noted that the railway would pay off.",
     "Bishkek Finance Academy", "Bakyt Osmonov of Bishkek Finance Academy"),
])
def test_a_persons_name_before_the_of_of_their_body_is_no_part_of_its_name(sentence, body, person):
    _, organisations = entities(sentence)
    assert body in organisations and person not in organisations


def test_a_portfolio_joined_by_and_and_a_place_with_a_particle_stay_whole():
    _, organisations = entities(
        "In a statement, the Ministry of Foreign Affairs and Pacific Island Cooperation said Tonga welcomed it. "
        "Dr Mele Tupou, a lecturer at the University of Dar es Salaam, disagreed with the ministry.")
    assert "University of Dar es Salaam" in organisations
    assert any(name.endswith("Ministry of Foreign Affairs and Pacific Island Cooperation") for name in organisations)


@pytest.mark.parametrize("sentence, body", [
    # a body named after what it is, with no head word
    ("Ana Lima, a fellow at the think tank Gateway Hall, said the bid was serious.", "Gateway Hall"),
    ("Analysts at Harbour Capital expect freight rates across the islands to fall next year.", "Harbour Capital"),
    # head words: a plural institute, a conclave, a party
    ("Mele Tupou of the Lagoon Institutes for International Studies spoke first.", "Lagoon Institutes for International Studies"),
    ("Tonga joined the Pacific Maritime Conclave in 2022.", "Pacific Maritime Conclave"),
    ("The Tonga Labour Party backed the bid for membership of the forum in a vote on Monday.", "Tonga Labour Party"),
    # a possessive closing the name is no part of it
    ("Professor Mele Tupou of the University of Suva's law faculty agreed.", "University of Suva"),
])
def test_bodies_named_by_what_they_are_new_head_words_and_a_possessive_after_the_name(sentence, body):
    _, organisations = entities(sentence)
    assert body in organisations


def test_a_firm_named_before_its_employees_post_but_not_a_state_or_a_region():
    _, organisations = entities("The phrase was coined in 2003 by Harbour Capital economist Mele Tupou to describe "
                                "four fast-growing island economies.")
    assert "Harbour Capital" in organisations
    for sentence in ("The minister met New Zealand analyst Mele Tupou on Monday.",
                     "The minister met Asia Pacific analyst Mele Tupou on Monday."):
        assert not any("Zealand" in name or "Pacific" in name for name in entities(sentence)[1])


@pytest.mark.parametrize("sentence, body", [
    # companies named by the words that head a firm's name
    ("Another analyst, Dr Ana Lima of Lagoon Risk Analytics, said the greater danger was a rift inside the bloc.",
     "Lagoon Risk Analytics"),
    ("The contract went to Pacific Rim Holdings after a tender that took two years to complete.", "Pacific Rim Holdings"),
    ("Flights were operated by Coral Sea Airways until the route was closed last winter.", "Coral Sea Airways"),
])
def test_company_head_words(sentence, body):
    _, organisations = entities(sentence)
    assert body in organisations


def test_an_agency_one_word_name_in_capitals():
    _, organisations = entities("SUVA (KABAR) - Fiji joined the forum, Foreign Minister Sione Taufa told KABAR on Monday.")
    assert "Kabar" in organisations


def test_a_date_after_a_link_word_ends_a_discovered_name():
    _, organisations = entities("Envoys met at the Suva Institute of Pacific Affairs on Oct 26 to discuss the forum's bid.")
    assert "Suva Institute of Pacific Affairs" in organisations
    assert not any("Oct" in name for name in organisations)


@pytest.mark.parametrize("sentence, body", [
    # a headline's verb in title case, and who leads the body, are no part of its name
    ("Tonga to Join Fiji-Led Pacific Trade Institute as the bloc grows and its members look for new trade partners.",
     "Pacific Trade Institute"),
    ("Envoys met at the Suva-backed Pacific Trade Institute on Monday.", "Pacific Trade Institute"),
])
def test_a_headline_verb_and_a_leader_before_a_name(sentence, body):
    _, organisations = entities(sentence)
    assert body in organisations and not any(name != body and name.endswith(body) for name in organisations)


def test_a_word_that_opens_like_a_month_and_a_short_outlet_name_in_capitals():
    _, organisations = entities("The Pacific Commission on Maritime Security met in Suva, and the MINT economies grew.")
    assert "Pacific Commission on Maritime Security" in organisations and "Mint" not in organisations
