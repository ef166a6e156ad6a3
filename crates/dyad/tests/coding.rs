//! Table tests of the coder on sentences written for dyad: one row per construction the
//! coder must handle (active, passive, compound, reported speech, coreference, modality,
//! non-political senses).

use dyad::{Date, Document, EventRecord, Pipeline};
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::builder().build().unwrap())
}

fn code(text: &str) -> Vec<EventRecord> {
    code_on(text, "2021-04-02")
}

/// The events of `text` in a document dated `date`.
fn code_on(text: &str, date: &str) -> Vec<EventRecord> {
    let doc = Document {
        id: "t".into(),
        date: Date::parse(date).ok(),
        text: text.into(),
        ..Default::default()
    };
    pipeline().code_document(&doc)
}

fn triples(text: &str) -> Vec<(String, String, String)> {
    code(text)
        .into_iter()
        .map(|e| {
            (
                e.source.unwrap().code,
                e.target.map(|t| t.code).unwrap_or_default(),
                e.cameo.code,
            )
        })
        .collect()
}

fn has(text: &str, src: &str, tgt: &str, root: &str) {
    let got = triples(text);
    assert!(
        got.iter()
            .any(|(s, t, c)| s.starts_with(src) && t.starts_with(tgt) && c.starts_with(root)),
        "{text}\n  want {src} -> {tgt} {root}*\n  got {got:?}"
    );
}

/// No coded event of `text` has a (source, target, code) that `bad` picks.
fn lacks(text: &str, bad: impl Fn(&str, &str, &str) -> bool) {
    let got = triples(text);
    assert!(
        !got.iter().any(|(s, t, c)| bad(s, t, c)),
        "{text}\n  want none of those\n  got {got:?}"
    );
}

fn none(text: &str) {
    let got = triples(text);
    assert!(got.is_empty(), "{text}\n  want no event\n  got {got:?}");
}

#[test]
fn active_voice_with_titles_and_nationalities() {
    has(
        "Turkish Foreign Minister Mevlut Cavusoglu met Afghan President Ashraf Ghani in Dushanbe.",
        "TURGOV",
        "AFGGOV",
        "04",
    );
    has(
        "Kenyan President William Ruto hosted his Somali counterpart on Monday.",
        "KENGOV",
        "",
        "04",
    );
    has(
        "French troops shelled rebel positions held by Malian insurgents.",
        "FRAMIL",
        "",
        "19",
    );
    has(
        "The European Union imposed new sanctions on Iran.",
        "IGOEUREEC",
        "IRN",
        "16",
    );
    has("Hamas fired rockets at Israel.", "PSEREB", "ISR", "19");
}

#[test]
fn codes_follow_the_document_date() {
    // The dictionary gives the Taliban another code from August 2021.
    let doc = Document {
        id: "d".into(),
        date: Date::parse("2024-05-16").ok(),
        text: "The Taliban met Pakistani officials.".into(),
        ..Default::default()
    };
    let e = pipeline().code_document(&doc);
    assert_eq!(e[0].source.as_ref().unwrap().code, "AFGGOV");
    assert_eq!(
        triples("The Taliban met Pakistani officials.")[0].0,
        "AFGREB"
    );
}

#[test]
fn passive_voice_puts_the_agent_first() {
    has(
        "The convoy of Ukrainian soldiers was attacked by Russian forces near Kharkiv.",
        "RUSMIL",
        "UKRMIL",
        "1",
    );
    has(
        "Two Nigerian police officers were killed by Boko Haram militants.",
        "NGAREB",
        "NGACOP",
        "1",
    );
}

#[test]
fn compound_subjects_and_objects_give_one_event_per_pair() {
    let t = triples("Washington and Ankara praised Pakistan.");
    assert!(
        t.iter().any(|(s, t, _)| s == "USAGOV" && t == "PAK"),
        "{t:?}"
    );
    assert!(
        t.iter().any(|(s, t, _)| s == "TURGOV" && t == "PAK"),
        "{t:?}"
    );
    let t = triples("The US, Russia, and Switzerland met on Monday.");
    assert_eq!(
        t.len(),
        6,
        "every ordered pair of a three-member subject: {t:?}"
    );
    let t = triples("The envoy met Chinese officials and Russian diplomats in Geneva.");
    let _ = t; // no source country: nothing required, but nothing may panic
    let t = triples("US Secretary of State Antony Blinken met Chinese officials and Russian diplomats in Geneva.");
    assert!(t.iter().any(|(_, t, _)| t == "CHNGOV"), "{t:?}");
    assert!(t.iter().any(|(_, t, _)| t == "RUSGOV"), "{t:?}");
}

#[test]
fn reported_speech_codes_the_report_and_keeps_the_reporter() {
    let e = code("The Taliban said that Zalmay Khalilzad met Abdul Ghani Baradar in Doha.");
    let e = e
        .iter()
        .find(|e| e.cameo.root == "04")
        .expect("a consultation");
    assert_eq!(e.source.as_ref().unwrap().code, "USAGOV");
    assert!(e.target.as_ref().unwrap().code.starts_with("AFG"));
    assert_eq!(
        e.attribution.as_ref().map(|a| a.code.as_str()),
        Some("AFGREB")
    );
}

#[test]
fn coreference_pronouns_surnames_and_roles() {
    let text = "US Secretary of Defence Lloyd Austin arrived in Ankara on Monday. \
                He met Turkish Defence Minister Hulusi Akar. The secretary thanked Mr Akar for his support.";
    let t = triples(text);
    assert!(
        t.iter()
            .any(|(s, t, c)| s.starts_with("USA") && t.starts_with("TUR") && c.starts_with("04")),
        "{t:?}"
    );
    assert!(
        t.iter()
            .any(|(s, t, c)| s.starts_with("USA") && t.starts_with("TUR") && c == "051"),
        "{t:?}"
    );
    let text = "Rebels of the Sudan People's Liberation Army said on Friday that the group would talk. \
                Somali President Hassan Sheikh Mohamud criticised al-Shabaab on Monday. The militant group's spokesman denounced Mr Mohamud.";
    // (In April 2021 Mohamud was out of office: the dictionary's period gives SOMOPP.)
    has(text, "SOMREB", "SOM", "11");
}

#[test]
fn negated_and_hypothetical_acts_are_not_facts() {
    none("Iran did not meet the Saudi delegation.");
    none("The Biden administration has not committed to the deadline.");
    none("The Taliban have not confirmed their attendance.");
    none("The EU could impose sanctions on Russia if talks fail.");
    none("Russia might attack Ukraine.");
}

#[test]
fn all_modes_writes_them_flagged() {
    let p = Pipeline::builder().all_modes(true).build().unwrap();
    let doc = Document {
        id: "m".into(),
        text: "Iran did not meet the Saudi delegation. The EU could impose sanctions on Russia."
            .into(),
        ..Default::default()
    };
    let ev = p.code_document(&doc);
    assert!(
        ev.iter().any(|e| e.negated && e.cameo.root == "04"),
        "{ev:#?}"
    );
    assert!(
        ev.iter().any(|e| e.hypothetical && e.cameo.root == "16"),
        "{ev:#?}"
    );
}

#[test]
fn future_intent_is_036_not_042() {
    let t = triples("Indian Prime Minister Narendra Modi will visit Japan next week.");
    assert!(
        t.iter()
            .any(|(s, t, c)| s == "INDGOV" && t.starts_with("JPN") && c == "036"),
        "{t:?}"
    );
    assert!(!t.iter().any(|(_, _, c)| c == "042"), "{t:?}");
}

#[test]
fn non_political_senses_are_not_events() {
    none("It's going to be hard to meet the May 1 deadline.");
    none("Brazil beat Argentina 2-1 in the final on Sunday.");
    none("Shares in Turkish Airlines fell 3 percent.");
    none("The dollar rose against the euro.");
}

#[test]
fn headline_events_repeated_in_the_body_are_coded_once() {
    let text = "Erdogan meets Putin in Sochi\n\nTurkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi on Monday.";
    let t = triples(text);
    assert_eq!(
        t.iter()
            .filter(|(s, t, c)| s == "TURGOV" && t == "RUSGOV" && c.starts_with("04"))
            .count(),
        1,
        "{t:?}"
    );
}

#[test]
fn spans_are_characters_of_the_text() {
    let text = "Çavuşoğlu’s ally: Turkish Foreign Minister Mevlut Cavusoglu met Afghan President Ashraf Ghani.";
    let e = &code(text)[0];
    let chars: Vec<char> = text.chars().collect();
    let s = e.source.as_ref().unwrap();
    assert_eq!(
        chars[s.span[0]..s.span[1]].iter().collect::<String>(),
        s.text
    );
    assert_eq!(
        chars[e.trigger.span[0]..e.trigger.span[1]]
            .iter()
            .collect::<String>(),
        "met"
    );
}

#[test]
fn actors_and_places_are_separate() {
    let e = code("US envoy Zalmay Khalilzad held talks with Taliban leaders in Qatar.");
    let e = e.iter().find(|e| e.cameo.root == "04").expect("talks");
    assert_eq!(e.target.as_ref().unwrap().code, "AFGREB");
    assert_eq!(
        e.place.as_ref().and_then(|p| p.country.as_deref()),
        Some("QAT")
    );
}

#[test]
fn ambiguous_place_names_follow_the_document() {
    let place = |text: &str| {
        code(text)
            .first()
            .and_then(|e| e.place.clone())
            .map(|p| (p.country.unwrap_or_default(), p.admin1.unwrap_or_default()))
    };
    let p = place("Russian troops attacked Ukrainian soldiers in Georgia.").unwrap();
    assert_eq!(p.0, "GEO");
    let p = place(
        "American police arrested US protesters in Georgia on Monday, the Atlanta mayor said.",
    )
    .unwrap();
    assert_eq!(p.0, "USA", "{p:?}");
    let p = place("French police arrested protesters in Paris.").unwrap();
    assert_eq!(p.0, "FRA");
}

#[test]
fn a_joined_cooperative_act_shares_the_partner() {
    let t = triples("Kenyan President William Ruto hosted Somali officials in Nairobi and praised the new security pact.");
    assert!(
        t.iter()
            .any(|(s, t, c)| s == "KENGOV" && t == "SOMGOV" && c.starts_with("04")),
        "{t:?}"
    );
    assert!(
        t.iter()
            .any(|(s, t, c)| s == "KENGOV" && t == "SOMGOV" && c == "051"),
        "{t:?}"
    );
    // A conflictual act does not borrow a partner: "... and condemned the attack" names none.
    let t =
        triples("Kenyan President William Ruto hosted Somali officials and condemned the attack.");
    assert!(!t.iter().any(|(_, _, c)| c.starts_with("11")), "{t:?}");
}

#[test]
fn places_named_alone_stand_for_their_country_and_bare_roles_take_the_place() {
    let t =
        triples("Russian forces shelled the city of Kherson on Sunday, killing three civilians.");
    assert!(
        t.iter()
            .any(|(s, t, c)| s == "RUSMIL" && t.starts_with("UKR") && c.starts_with("19")),
        "{t:?}"
    );
    // The killing is the same assault told twice: one event per dyad and root in a sentence,
    // the one with the finer target (the civilians of the city shelled).
    assert_eq!(t.len(), 1, "{t:?}");
    assert_eq!(t[0].1, "UKRCVL", "{t:?}");
    let t = triples("Russian forces killed three civilians in the city of Kherson.");
    assert!(
        t.iter().any(|(s, t, _)| s == "RUSMIL" && t == "UKRCVL"),
        "{t:?}"
    );
    let t = triples("Police in Tbilisi arrested at least 20 protesters.");
    assert!(
        t.iter()
            .any(|(s, t, c)| s == "GEOCOP" && t == "GEOCVL" && c.starts_with("17")),
        "{t:?}"
    );
}

#[test]
fn small_places_and_the_place_a_phrase_is_about() {
    let e = code("Pakistani militants attacked Indian tourists near the Kashmir resort of Pahalgam on Tuesday.");
    let p = e[0].place.as_ref().expect("a place");
    assert_eq!(
        (p.name.as_str(), p.country.as_deref()),
        ("Pahalgam", Some("IND"))
    );
}

#[test]
fn it_refers_to_the_country_just_named_and_parentheses_are_skipped() {
    has(
        "Syria said it was willing to withdraw its troops from Lebanon.",
        "SYR",
        "LBN",
        "0",
    );
    has(
        "Greece, like most other members, plans to impose restrictions on Turkish workers.",
        "GRC",
        "TUR",
        "1",
    );
    has(
        "The Azerbaijani parliament threatened on Monday to break relations with Russia.",
        "AZELEG",
        "RUS",
        "1",
    );
}

#[test]
fn an_announced_conflictual_act_is_a_threat() {
    let t = triples("Israeli Prime Minister Benjamin Netanyahu vowed to destroy Hamas.");
    assert!(
        t.iter()
            .any(|(s, t, c)| s == "ISRGOV" && t == "PSEREB" && c.starts_with("13")),
        "{t:?}"
    );
    let t = triples("The European Union plans to impose sanctions on Iran.");
    assert!(
        t.iter()
            .any(|(s, t, c)| s == "IGOEUREEC" && t == "IRN" && c == "1312"),
        "{t:?}"
    );
    none("The European Union could impose sanctions on Iran.");
}

#[test]
fn events_named_by_nouns() {
    has(
        "Israeli air strikes on Gaza killed 20 people.",
        "ISR",
        "PSE",
        "195",
    );
    has(
        "Biden's visit to Kyiv angered Moscow.",
        "USAGOV",
        "UKRGOV",
        "042",
    );
    // Sentence-initial "New" is no name; "sanctions" after a name is still the noun.
    has(
        "New US sanctions on Iran took effect on Monday.",
        "USA",
        "IRN",
        "163",
    );
    // A threatened or negated noun event is no fact.
    let p = Pipeline::builder().build().unwrap();
    for text in [
        "Iran warned of the threat of Israeli air strikes on Lebanon.",
        "There were no Israeli air strikes on Lebanon.",
    ] {
        let doc = Document {
            id: "n".into(),
            text: text.into(),
            ..Default::default()
        };
        assert!(
            !p.code_document(&doc).iter().any(|e| e.cameo.code == "195"),
            "{text}"
        );
    }
}

#[test]
fn what_a_speaker_says_another_must_do_is_a_demand() {
    has(
        "Germany said on Monday that Iran must release the detained journalists.",
        "DEU",
        "IRN",
        "10",
    );
    has(
        "The European Union repeated its demand yesterday that Sudan open the border crossings.",
        "IGO",
        "SDN",
        "10",
    );
    // A speaker's own duty is no demand.
    none("Germany said it must do more for refugees.");
}

#[test]
fn event_nouns_take_the_subject_of_a_light_verb() {
    has(
        "Japan resumed humanitarian aid to Myanmar.",
        "JPN",
        "MMR",
        "07",
    );
    // Two objects: the first is the target.
    has(
        "Canada gave Jordan a loan of 200 million dollars.",
        "CAN",
        "JOR",
        "07",
    );
    // "between X and Y": both are targets.
    has(
        "Qatar began a mediation effort between Sudan and Chad.",
        "QAT",
        "SDN",
        "045",
    );
    has(
        "Qatar began a mediation effort between Sudan and Chad.",
        "QAT",
        "TCD",
        "045",
    );
    // An offer is an intention (03x), and a negated one no event.
    has(
        "Norway offered military aid to Estonia.",
        "NOR",
        "EST",
        "03",
    );
    none("Norway did not send aid to Estonia.");
}

#[test]
fn objects_behind_prepositions_particles_and_adverbs() {
    has(
        "Pakistan is opposed to Indian participation in the talks.",
        "PAK",
        "IND",
        "1",
    );
    has(
        "Russia threatened to cut off gas supplies to Moldova.",
        "RUS",
        "MDA",
        "13",
    );
    has(
        "France threatened today to impose new restrictions on Italian imports.",
        "FRA",
        "ITA",
        "13",
    );
}

#[test]
fn protests_and_visits_without_a_target_aim_at_the_place() {
    has(
        "Thousands of Kenyan teachers demonstrated in Nairobi on Monday.",
        "KEN",
        "KEN",
        "14",
    );
    // Victims are not attackers: no event from "soldiers killed in Mali".
    none("There were 12 Nigerian soldiers killed in Mali on Sunday.");
}

#[test]
fn one_word_discards_used_as_verbs_keep_the_sentence() {
    // "match" and "shares" are sport and market words only as nouns.
    has(
        "Israel shares intelligence with Jordan, officials said.",
        "ISR",
        "JOR",
        "06",
    );
    none("Brazil won the match against Argentina.");
}

#[test]
fn subjects_behind_modifier_phrases_and_weapons_as_forces() {
    // The head before "operating in", "including": not the place or the weapon.
    has(
        "The Red Cross operating in Yemen said Saudi forces must stop the blockade.",
        "NGO",
        "SAUMIL",
        "10",
    );
    has(
        "Turkish jets including several drones bombed Kurdish militants in northern Iraq.",
        "TURMIL",
        "",
        "19",
    );
    // But "of" names the actor: "thousands of Kenyan teachers".
    has(
        "Thousands of Kenyan teachers demonstrated in Nairobi on Monday.",
        "KENEDU",
        "KEN",
        "14",
    );
}

#[test]
fn amounts_adjuncts_and_reciprocal_truces() {
    has(
        "Germany announced 300 million euros in military aid for Ukraine.",
        "DEU",
        "UKR",
        "07",
    );
    has(
        "Ministers of the European Union agreed in principle on Friday to provide new aid for Moldova.",
        "IGO",
        "MDA",
        "03",
    );
    has(
        "Armenia and Azerbaijan agreed to a ceasefire on Tuesday.",
        "ARM",
        "AZE",
        "087",
    );
}

#[test]
fn an_infinitive_after_an_object_belongs_to_the_object_and_is_not_done() {
    // The appeal is coded; what is asked of Iran neither happened nor is Britain's intent.
    let got = triples("Britain urged Iran to release the detained sailors.");
    assert!(got
        .iter()
        .any(|(s, t, c)| s == "GBR" && t == "IRN" && c.starts_with("02")));
    let got = triples("Poland wants Germany to attack Russia.");
    assert!(
        !got.iter().any(|(s, t, _)| s == "POL" && t == "RUS"),
        "Poland does not attack: {got:?}"
    );
    assert!(
        !got.iter().any(|(s, _, _)| s == "DEU"),
        "Germany is only asked to: {got:?}"
    );
    // Engaging someone in a firefight: the target stands inside the pattern.
    has(
        "Nigerian troops engaged Chadian rebels in a gunbattle near the border on Sunday.",
        "NGAMIL",
        "TCDREB",
        "19",
    );
    // "over 150 prisoners" is a quantity, not a preposition.
    has(
        "Israel freed over 150 Palestinian prisoners on Monday.",
        "ISR",
        "PSE",
        "08",
    );
}

#[test]
fn reversed_patterns_make_the_giver_the_source() {
    has(
        "Ukraine received new weapons from Germany on Monday.",
        "DEU",
        "UKR",
        "07",
    );
    has(
        "Malian troops came under fire from Algerian smugglers near the border.",
        "DZA",
        "MLIMIL",
        "19",
    );
}

#[test]
fn past_office_holders_are_coded_for_the_document_date() {
    // data/leaders.toml: codes by date ("Mubarak" was president in 1995, not after 2011).
    let codes = |date: &str| -> Vec<(String, String)> {
        let doc = Document {
            id: "t".into(),
            date: Date::parse(date).ok(),
            text: "Hosni Mubarak met Yasser Arafat in Cairo on Monday.".into(),
            ..Default::default()
        };
        pipeline()
            .code_document(&doc)
            .into_iter()
            .map(|e| (e.source.unwrap().code, e.target.unwrap().code))
            .collect()
    };
    assert!(
        codes("1995-05-01").contains(&("EGYGOV".into(), "PSEGOV".into())),
        "{:?}",
        codes("1995-05-01")
    );
    assert!(
        !codes("2015-05-01").iter().any(|(s, _)| s == "EGYGOV"),
        "{:?}",
        codes("2015-05-01")
    );
}

#[test]
fn a_compass_word_before_a_country_is_part_of_it() {
    has(
        "Israel invaded South Lebanon on Monday.",
        "ISR",
        "LBN",
        "19",
    );
}

#[test]
fn a_region_before_a_role_gives_its_country() {
    has(
        "The Sudanese government accused Darfur rebels of attacking a convoy.",
        "SDNGOV",
        "SDNREB",
        "11",
    );
    // A place that only shares its name with a people does not ("Ibo" is a Mozambican
    // island): no country named, no code.
    let got = triples("Ibo elders demanded more seats in parliament.");
    assert!(!got.iter().any(|(s, _, _)| s.starts_with("MOZ")), "{got:?}");
}

#[test]
fn purpose_of_a_protest_or_a_volley_is_carried_out() {
    has(
        "Egyptian police opened fire to disperse Sudanese protesters on Monday.",
        "EGYCOP",
        "SDN",
        "1",
    );
    has(
        "Iraqi Kurds began a hunger strike to protest against Turkish air strikes.",
        "IRQCVL",
        "TUR",
        "14",
    );
}

#[test]
fn ethnic_communities_belong_to_the_country_they_live_in() {
    has(
        "Hundreds of ethnic Hungarians demonstrated on Sunday in Romania.",
        "ROUCVL",
        "ROU",
        "14",
    );
    // No country of residence named: no actor rather than the wrong one.
    let got = triples("Ethnic Hungarians accused the government of neglect.");
    assert!(!got.iter().any(|(s, _, _)| s.starts_with("HUN")), "{got:?}");
}

#[test]
fn a_title_in_the_text_outranks_a_dated_code() {
    // Yeltsin left office on 1999-12-31; a text calling him president speaks of his term.
    let doc = Document {
        id: "t".into(),
        date: Date::parse("2000-06-01").ok(),
        text: "Russian President Boris Yeltsin met Japanese Prime Minister Ryutaro Hashimoto."
            .into(),
        ..Default::default()
    };
    let got = pipeline().code_document(&doc);
    assert!(
        got.iter()
            .any(|e| e.source.as_ref().unwrap().code == "RUSGOV"),
        "{got:?}"
    );
}

#[test]
fn conditions_and_demands_change_what_an_intention_is() {
    // "unless": an announced act made conditional on the target is a threat.
    has(
        "Kenya said it will withdraw its troops from Somalia unless the government pays them.",
        "KEN",
        "SOM",
        "13",
    );
    // What a demand asks for has not happened, even after a directive noun.
    let got = triples(
        "The African Union repeated its demand that Rwanda withdraw its troops from Congo.",
    );
    assert!(!got.iter().any(|(s, _, _)| s.starts_with("RWA")), "{got:?}");
    // "must be ready to mediate" is asked of the US, not announced by it.
    let got =
        triples("Egypt said the United States must be ready to mediate between Sudan and Chad.");
    assert!(
        !got.iter()
            .any(|(s, _, c)| s == "USA" && c.starts_with("03")),
        "{got:?}"
    );
}

#[test]
fn nouns_ending_a_pattern_reach_their_actor_and_protests_are_not_mutual() {
    // The actor after a pattern that ends in a noun.
    has(
        "Eritrea expelled inspectors of the African Union from its border zone.",
        "ERI",
        "IGO",
        "16",
    );
    // A participle before the object: "proposed Israeli changes".
    has(
        "The Palestinians reject proposed Israeli changes to the deal.",
        "PSE",
        "ISR",
        "12",
    );
    // Two protesters' countries do not protest against each other; the capital is the target.
    let got = triples("US and British activists staged a protest in Beijing on Wednesday.");
    assert!(
        !got.iter()
            .any(|(s, t, _)| s.starts_with("USA") && t.starts_with("GBR")),
        "{got:?}"
    );
    has(
        "US and British activists staged a protest in Beijing on Wednesday.",
        "GBR",
        "CHN",
        "14",
    );
}

#[test]
fn regression_a_hyphen_token_is_no_sport_score() {
    // "the 10-month-old conflict" tokenises a lone "-", which was read as a score ("2-1") and
    // took the sentence out as sport news.
    has(
        "Ukrainian lawmakers endorsed an association agreement with the European Union despite the 10-month-old conflict.",
        "UKRLEG",
        "IGO",
        "05",
    );
    none("Brazil beat Argentina 2-1 in Buenos Aires.");
}

#[test]
fn an_arrest_warrant_is_an_arrest_charge() {
    has(
        "A court in Guyana issued arrest warrants for two Brazilian men.",
        "GUYJUD",
        "BRA",
        "173",
    );
}

#[test]
fn suicide_bombers_and_currency_amounts() {
    // ", killing five officers": the bomber's attack, CAMEO 183.
    has(
        "A Taliban suicide bomber blew himself up at a checkpoint in Kandahar, killing four officers.",
        "AFGREB",
        "AFGCOP",
        "183",
    );
    has(
        "Japan announced a further $300 million in aid for Jordan.",
        "JPN",
        "JOR",
        "07",
    );
}

#[test]
fn targets_past_participles_and_shared_subjects() {
    has(
        "Peru extradited two men wanted for fraud to the United States on Friday.",
        "PER",
        "USA",
        "06",
    );
    has(
        "The World Food Programme delivered food to besieged towns in Yemen.",
        "IGO",
        "YEM",
        "07",
    );
    // "but promised closer cooperation": the subject of the verb before the conjunction.
    has(
        "Germany said it would keep the controls but promised closer cooperation with Poland.",
        "DEU",
        "POL",
        "0",
    );
}

#[test]
fn a_plural_head_noun_is_a_plural_antecedent() {
    // "they" finds "Greek farmers": the phrase's head noun is plural.
    has(
        "Greek farmers said on Friday they would blockade Athens from Monday.",
        "GRC",
        "GRC",
        "13",
    );
}

#[test]
fn a_re_prefixed_act_is_the_act() {
    has(
        "Israel reimposed a blockade on Gaza on Friday.",
        "ISR",
        "PSE",
        "19",
    );
    // But "resign" is not "sign" again.
    let got = triples("The minister resigned over the deal with Iran.");
    assert!(!got.iter().any(|(_, _, c)| c.starts_with("05")), "{got:?}");
}

#[test]
fn an_ethnic_community_takes_a_located_country_even_inside_a_longer_phrase() {
    has(
        "Serb forces killed three ethnic Albanians in a gunbattle in southern Serbia on Friday.",
        "SRBMIL",
        "SRBCVL",
        "19",
    );
}

#[test]
fn the_place_of_a_closing_attribution_is_not_where_it_happened() {
    // "about 20 people" are not Kenyan because officials in Nairobi reported it.
    let got = triples(
        "Sudanese rebels shelled the town of Wau on Sunday, killing about 20 people, relief officials in Nairobi said.",
    );
    assert!(!got.iter().any(|(_, t, _)| t.starts_with("KEN")), "{got:?}");
}

#[test]
fn an_announced_refusal_is_a_rejection() {
    has(
        "Hungary said it would not provide military aid to Ukraine.",
        "HUN",
        "UKR",
        "12",
    );
    // A negated past act is no event at all.
    none("Hungary did not provide military aid to Ukraine.");
}

#[test]
fn curfews_and_threats_aim_at_the_place_but_detainees_do_not_detain() {
    has(
        "President Abdelmadjid Tebboune threatened to impose a curfew in Algiers.",
        "DZA",
        "DZA",
        "13",
    );
    // "two American citizens detained in Kabul" are the detainees.
    let got = triples("The Taliban refused to release two American citizens detained in Kabul.");
    assert!(!got.iter().any(|(s, _, _)| s.starts_with("USA")), "{got:?}");
}

#[test]
fn a_demand_on_conjoined_actors_reaches_each() {
    has(
        "Congolese rebels announced that President Felix Tshisekedi and his ruling party must step down.",
        "CODREB",
        "CODGOV",
        "10",
    );
}

#[test]
fn withdrawals_blockades_and_suspended_programmes() {
    has(
        "The United States speeded up the withdrawal of its forces from Panama on Wednesday.",
        "USA",
        "PAN",
        "087",
    );
    has(
        "The Israeli army lifted on Friday a day-old blockade on Palestinian lorries.",
        "ISRMIL",
        "PSE",
        "087",
    );
    has(
        "The United States suspended part of a military aid program for Bosnia.",
        "USA",
        "BIH",
        "16",
    );
}

#[test]
fn observers_received_and_newspapers_are_not_governments() {
    has(
        "Kyrgyz Prime Minister Akylbek Japarov received a mission of observers from the OSCE.",
        "KGZGOV",
        "IGO",
        "086",
    );
    let got = triples("The Washington Post reported that Russia attacked Ukraine.");
    assert!(!got.iter().any(|(s, _, _)| s == "USAGOV"), "{got:?}");
}

#[test]
fn a_conditional_threat_aims_at_whoever_must_act() {
    has(
        "Iran threatened to launch a new offensive unless Baghdad accepted its conditions.",
        "IRN",
        "IRQ",
        "13",
    );
    has(
        "Russia threatened to stop the talks if the United States deploys new missiles in Europe.",
        "RUS",
        "USA",
        "13",
    );
}

#[test]
fn a_complaint_targets_what_it_is_about_not_its_addressee() {
    has(
        "Lebanon complained to the United Nations on Tuesday over Israeli air raids.",
        "LBN",
        "ISR",
        "11",
    );
    // With nothing it is about, the addressee stays.
    has(
        "Lebanon complained to the United Nations on Tuesday.",
        "LBN",
        "IGO",
        "11",
    );
}

#[test]
fn armed_forces_withdrawing_retreat_and_conjoined_plurals_stay_nouns() {
    has(
        "Russian troops withdrew from Kherson on Friday.",
        "RUSMIL",
        "UKR",
        "0874",
    );
    let got = triples(
        "Canada announced asset freezes and bans on travel to Canada against Russian officers.",
    );
    assert!(
        !got.iter()
            .any(|(s, t, _)| s.starts_with("CAN") && t == "CAN"),
        "{got:?}"
    );
}

#[test]
fn regression_a_reporting_verb_is_no_modifier_of_the_next_subject() {
    // "It said the North would not hold talks": "the North" is the subject of "hold", not
    // the head "It" behind a participle "said".
    let got = triples(
        "South Korea's president called an emergency meeting. It said the North would not hold talks with the United States.",
    );
    assert!(
        !got.iter()
            .any(|(s, t, _)| s.starts_with("KOR") && t.starts_with("USA")),
        "{got:?}"
    );
}

#[test]
fn an_allegation_of_wrongdoing_is_an_accusation() {
    has(
        "Ukraine alleged that Russian troops had shelled a hospital in Kharkiv.",
        "UKR",
        "RUS",
        "112",
    );
    has(
        "Pakistan claimed on Monday that India had attacked its border posts.",
        "PAK",
        "IND",
        "112",
    );
    // "claim" accuses only of conflictual acts; what is alleged is not coded as fact.
    let got = triples("India claimed that Nepal had agreed to the new border plan.");
    assert!(!got.iter().any(|(_, _, c)| c == "112"), "{got:?}");
    let got = triples("Ukraine alleged that Russian troops had shelled a hospital.");
    assert!(!got.iter().any(|(s, _, _)| s.starts_with("RUS")), "{got:?}");
}

#[test]
fn wanting_another_actor_to_act_is_an_appeal() {
    has(
        "Germany wants Greece to stay in the euro zone.",
        "DEU",
        "GRC",
        "02",
    );
    let got = triples("Germany wants to help Greece.");
    assert!(!got.iter().any(|(_, _, c)| c.starts_with("02")), "{got:?}");
}

#[test]
fn place_targets_for_claims_and_for_victims_that_name_no_actor() {
    has(
        "The Pakistani Taliban claimed responsibility for a bombing at a market in Afghanistan.",
        "PAK",
        "AFG",
        "015",
    );
    // The attack noun read as a gerund names the attacker; the victims name no actor, so the
    // place where it happened ("in the north of Iraq") is the target.
    has(
        "Three farmers were killed in Turkish artillery shelling in the north of Iraq on Sunday.",
        "TUR",
        "IRQ",
        "19",
    );
}

#[test]
fn peacekeepers_withdrawing_retreat_and_protesters_who_storm_riot() {
    has(
        "Hundreds of UN troops withdrew from southern Lebanon on Monday.",
        "IGOUNO",
        "LBN",
        "0874",
    );
    has(
        "Serbian protesters stormed the state broadcaster in Belgrade.",
        "SRB",
        "SRB",
        "145",
    );
    // Weapons keep their code.
    has(
        "Syrian rebels fired rockets at Turkish troops.",
        "SYRREB",
        "TURMIL",
        "19",
    );
    // "The Russian building was demolished by ...": an -ing noun before "was" heads its phrase.
    has(
        "The Russian embassy building was demolished by Ukrainian protesters.",
        "UKR",
        "RUS",
        "145",
    );
}

#[test]
fn hosts_receive_officials_and_partners_deepen_ties_together() {
    has(
        "The Kenyan president received ministers from Ethiopia on Friday.",
        "KENGOV",
        "ETH",
        "043",
    );
    has(
        "India and Japan are seeking to deepen a partnership in defence.",
        "IND",
        "JPN",
        "03",
    );
    has(
        "India and Japan are seeking to deepen a partnership in defence.",
        "JPN",
        "IND",
        "03",
    );
    has(
        "Biden said he would not give permission to Russia to open a base in Cuba.",
        "USAGOV",
        "RUS",
        "12",
    );
}

#[test]
fn a_compound_subject_meeting_in_a_place_meets_each_other() {
    let got = triples(
        "Kenyan President William Ruto and Ugandan President Yoweri Museveni met in Entebbe on Monday.",
    );
    for (s, t) in [("KENGOV", "UGAGOV"), ("UGAGOV", "KENGOV")] {
        assert!(
            got.iter().any(|(a, b, c)| a == s && b == t && c == "040"),
            "{got:?}"
        );
    }
    assert!(
        !got.iter().any(|(_, b, _)| b == "UGA"),
        "the place is not the one met: {got:?}"
    );
}

#[test]
fn a_present_perfect_relative_clause_describing_an_actor_is_background() {
    let got = triples(
        "The United States struck an Islamic State position near Mosul, expanding its campaign against the militant group that has seized parts of Iraq and Syria.",
    );
    assert!(
        !got.iter().any(|(_, t, _)| t == "SYR"),
        "background is not news: {got:?}"
    );
    // A dated relative clause is news.
    has(
        "Police arrested Taliban fighters who have attacked the Indian embassy in Kabul on Monday.",
        "AFGREB",
        "INDGOV",
        "19",
    );
}

#[test]
fn an_attack_with_no_named_attacker_is_by_unidentified_armed_forces() {
    has(
        "A roadside bombing near the town of Samarra on Sunday killed two Iraqi policemen.",
        "IRQUAF",
        "IRQCOP",
        "19",
    );
    has(
        "Three Pakistani soldiers were killed by an improvised explosive device in Bannu.",
        "PAKUAF",
        "PAKMIL",
        "19",
    );
    // Never a target, never the source of anything but an attack, and only where the
    // sentence says where it happened.
    let got = triples("Police in Kabul defused a bomb and praised the army.");
    assert!(
        !got.iter()
            .any(|(s, t, _)| s.ends_with("UAF") || t.ends_with("UAF")),
        "{got:?}"
    );
    let got = triples("A roadside bombing killed two soldiers.");
    assert!(!got.iter().any(|(s, _, _)| s.ends_with("UAF")), "{got:?}");
}

#[test]
fn protest_purposes_and_capitalised_first_words() {
    // "went on hunger strike to protest": the protester is the subject of "went on".
    has(
        "Jailed Egyptian activist Alaa Abd el-Fattah went on hunger strike to protest against his treatment by the Egyptian authorities.",
        "EGY",
        "EGYGOV",
        "14",
    );
    // "Young" opening a sentence is an adjective, not a name.
    has(
        "Young Algerians protested outside the French embassy in Algiers on Sunday.",
        "DZA",
        "FRA",
        "14",
    );
}

#[test]
fn a_visit_and_a_meeting_during_it_are_two_events() {
    let got = triples(
        "French President Emmanuel Macron made a visit to Kyiv on Monday, where he met President Volodymyr Zelenskiy.",
    );
    assert!(
        got.iter()
            .any(|(s, t, c)| s == "FRAGOV" && t == "UKRGOV" && c == "042"),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|(s, t, c)| s == "FRAGOV" && t == "UKRGOV" && c == "040"),
        "{got:?}"
    );
}

#[test]
fn sides_of_a_fight_and_violence_told_in_participles() {
    for (s, t) in [("ARMMIL", "AZEMIL"), ("AZEMIL", "ARMMIL")] {
        has(
            "Fighting between the Armenian army and Azerbaijani forces resumed near the border.",
            s,
            t,
            "19",
        );
    }
    // The hostage-taking falls on the main clause's target.
    has(
        "Boko Haram fighters attacked Nigerian villages on Friday, killing dozens and taking 40 hostages.",
        "NGAREB",
        "NGA",
        "181",
    );
}

#[test]
fn means_share_the_subject_and_handovers_yield() {
    has(
        "Lithuania's foreign ministry responded by expelling the Belarusian ambassador.",
        "LTUGOV",
        "BLR",
        "1",
    );
    has(
        "Serbian troops withdrew from two villages, handing them over to Kosovo police.",
        "SRBMIL",
        "KSV",
        "08",
    );
}

#[test]
fn him_is_not_the_subject_of_his_own_clause() {
    let got = triples(
        "Kenyan President William Ruto hosted Somali President Hassan Sheikh Mohamud on Tuesday. Mohamud thanked him for the support.",
    );
    assert!(
        got.iter()
            .any(|(s, t, c)| s == "SOMGOV" && t == "KENGOV" && c.starts_with("05")),
        "{got:?}"
    );
}

#[test]
fn agreements_signed_in_a_joined_clause_and_bodies_of_the_country_just_named() {
    has(
        "Indian Foreign Minister Subrahmanyam Jaishankar held talks with Saudi Foreign Minister Prince Faisal bin Farhan and signed an agreement on energy.",
        "INDGOV",
        "SAUGOV",
        "057",
    );
    has(
        "Georgia's parliament passed the bill on Tuesday. The opposition accused Georgian ministers of betraying the country.",
        "GEOOPP",
        "GEO",
        "112",
    );
    // Gunmen take the country where they struck.
    has(
        "Gunmen killed five police officers in Kerman on Wednesday.",
        "IRNUAF",
        "IRNCOP",
        "19",
    );
}

#[test]
fn a_region_is_no_person_and_a_participle_after_to_is_an_adjective() {
    // "Sudan's Darfur region" is a place, so aid delivered there aims at Sudan; "besieged"
    // describes the towns and is no siege by the agency.
    let got = triples(
        "The World Food Programme delivered 500 tonnes of food to besieged towns in Sudan's Darfur region.",
    );
    assert!(
        got.iter()
            .any(|(s, t, c)| s == "IGOUNOWFP" && t == "SDN" && c.starts_with("07")),
        "{got:?}"
    );
    assert!(!got.iter().any(|(_, _, c)| c.starts_with("19")), "{got:?}");
}

#[test]
fn hostility_joined_to_an_accusation_shares_its_target() {
    // The vowed response falls on the accused; the allegation's own content ("of killing")
    // is not the clause "and vowed" continues.
    has(
        "Pakistan accused India of killing two civilians in Kashmir and vowed a firm response.",
        "PAK",
        "IND",
        "13",
    );
    has(
        "The United States threatened to review its relations with Tbilisi.",
        "USA",
        "GEOGOV",
        "13",
    );
    has(
        "Somalia's army chief vowed to pursue al-Shabab fighters across the country.",
        "SOMMIL",
        "SOMREB",
        "13",
    );
}

#[test]
fn its_belongs_to_the_nearest_subject_and_names_the_owner() {
    // Regression: "its" took the last thing named, not the clause's subject.
    has(
        "Iraq invaded Kuwait. Pakistan urged its citizens in Iraq to leave.",
        "PAK",
        "PAKCVL",
        "02",
    );
    // "its troops" are Ethiopia's, the subject nearest before them, not Egypt's.
    has(
        "Egypt said Ethiopia had moved its troops into Somalia.",
        "ETH",
        "SOM",
        "15",
    );
    let got = triples("Egypt said Ethiopia had moved its troops into Somalia.");
    assert!(!got.iter().any(|(s, _, _)| s == "EGYMIL"), "{got:?}");
}

#[test]
fn nationalities_joined_before_a_role_share_it_and_partners_act_together() {
    for (s, t) in [("THAMIL", "KHMMIL"), ("KHMMIL", "THAMIL")] {
        has(
            "Thai and Cambodian troops clashed along their border on Thursday.",
            s,
            t,
            "19",
        );
        has(
            "Thai and Cambodian warships began a joint naval exercise in the Gulf of Thailand.",
            s,
            t,
            "062",
        );
    }
    has(
        "Russian and Ukrainian delegations held direct peace talks in Istanbul on Friday.",
        "RUSGOV",
        "UKRGOV",
        "046",
    );
}

#[test]
fn gaps_joined_by_and_speakers_after_a_demand_and_interest_in_talks() {
    has(
        "Russia fired 120 missiles and 90 drones at Ukraine overnight.",
        "RUS",
        "UKR",
        "19",
    );
    has(
        "India and Pakistan agreed to a full and immediate ceasefire on Saturday.",
        "IND",
        "PAK",
        "087",
    );
    has(
        "Iran must release the detained French citizens, French Foreign Minister Jean-Noel Barrot said.",
        "FRAGOV",
        "IRN",
        "10",
    );
    none("Pyongyang said it had no interest in talks with Seoul.");
}

#[test]
fn sanctions_packages_supplies_and_stones() {
    has(
        "The European Union adopted its 14th package of sanctions against Russia on Friday.",
        "IGOEUREEC",
        "RUS",
        "163",
    );
    has(
        "Britain will supply Ukraine with 5,000 air defence missiles.",
        "GBR",
        "UKR",
        "03",
    );
    // "Bryansk region" is a place, so the strike aims at Russia.
    has(
        "Moscow said Ukrainian drones had struck an oil depot in Russia's Bryansk region overnight.",
        "UKRMIL",
        "RUS",
        "19",
    );
}

#[test]
fn a_definite_event_noun_stands_for_who_did_it() {
    has(
        "The United States demanded that Rwanda withdraw its troops from Congo. Kigali rejected the call on Sunday.",
        "RWAGOV",
        "USA",
        "12",
    );
    // "called X a coup" characterises; it is no phone call. The apposition is skipped.
    let got = triples(
        "Police detained the mayor of Ankara on Monday. Mr Yavas, the main rival of President Tayyip Erdogan, called the detention a coup.",
    );
    assert!(!got.iter().any(|(_, _, c)| c == "041"), "{got:?}");
    assert!(!got.iter().any(|(s, _, _)| s == "TURGOV"), "{got:?}");
}

#[test]
fn participle_clauses_with_agents_and_after_prepositional_objects() {
    // ", hosted by X": X hosts the clause's subjects.
    has(
        "Armenian and Azerbaijani delegations held talks in Abu Dhabi on Friday, hosted by Emirati Foreign Minister Abdullah bin Zayed.",
        "ARE",
        "ARMGOV",
        "043",
    );
    // "filed a case at the ICJ on Friday accusing Israel": the accuser is the filer.
    let got = triples(
        "South Africa filed a case at the International Court of Justice on Friday accusing Israel of genocide.",
    );
    assert!(
        got.iter()
            .any(|(s, t, c)| s == "ZAF" && t == "ISR" && c.starts_with("11")),
        "{got:?}"
    );
    assert!(!got.iter().any(|(s, _, _)| s.starts_with("IGO")), "{got:?}");
}

#[test]
fn seas_hostages_places_of_attacks_and_amounts_before_a_loan() {
    // "the Gulf of Oman" is a sea, not Oman.
    let got = triples("Iran's navy seized an oil tanker in the Gulf of Oman on Thursday.");
    assert!(!got.iter().any(|(_, t, _)| t == "OMN"), "{got:?}");
    // The hostages are held; they hold no one.
    let got = triples("Hamas freed three Israeli women held hostage in Gaza on Sunday.");
    assert!(!got.iter().any(|(s, _, _)| s.starts_with("ISR")), "{got:?}");
    has(
        "Myanmar's military carried out an air strike on a gathering in a village in the Sagaing region.",
        "MMRMIL",
        "MMR",
        "19",
    );
    has(
        "China has rolled over a $2 billion loan to Pakistan for another year.",
        "CHN",
        "PAK",
        "07",
    );
}

#[test]
fn a_closing_speaker_is_no_conjunct_and_violence_told_twice_is_one_act() {
    // Regression: ", U.N. officials in Sarajevo said" was read as a second agent.
    let got = triples(
        "About 30 Dutch peacekeepers were being held hostage by the Serbs, U.N. officials in Sarajevo said.",
    );
    assert!(
        got.iter().any(|(s, t, _)| s == "SRB" && t == "NLDMIL"),
        "{got:?}"
    );
    assert!(!got.iter().any(|(s, _, _)| s.starts_with("IGO")), "{got:?}");
    // One suicide bombing, not an attack and a bombing; hostage-taking stays its own act.
    let got = triples(
        "Two Palestinian suicide bombers killed 23 people when they blew themselves up in Tel Aviv.",
    );
    let violent = got
        .iter()
        .filter(|(_, _, c)| matches!(&c[..2], "18" | "19" | "20"))
        .count();
    assert_eq!(violent, 1, "{got:?}");
}

#[test]
fn purpose_infinitives_names_in_a_gap_and_arms_compounds() {
    // The condolences go to the one telephoned.
    has(
        "Colombian President Ivan Duque telephoned Ecuadorean President Lenin Moreno on Thursday to express his condolences over the earthquake.",
        "COLGOV",
        "ECUGOV",
        "018",
    );
    // "arms dealer" is a compound, and a name may lengthen the gap: the extradition goes to
    // the receiving state.
    has(
        "Thailand extradited Russian arms dealer Viktor Bout to the United States on Tuesday.",
        "THA",
        "USA",
        "063",
    );
}

#[test]
fn two_parties_named_together_later() {
    // "the two sides", "both sides", "the two leaders": the parties of the latest act
    // between two actors, preferring one done both ways.
    has(
        "Serbian and Kosovar negotiators held talks in Brussels on Monday. The two sides agreed to exchange prisoners.",
        "SRB",
        "KSV",
        "03",
    );
    has(
        "Serbian and Kosovar negotiators held talks in Brussels on Monday. The two sides agreed to exchange prisoners.",
        "KSV",
        "SRB",
        "03",
    );
    has(
        "Sudanese troops and Chadian forces clashed along the border. The African Union urged both sides to show restraint.",
        "IGOAFR",
        "TCD",
        "02",
    );
    has(
        "Sudanese troops and Chadian forces clashed along the border. The African Union urged both sides to show restraint.",
        "IGOAFR",
        "SDN",
        "02",
    );
    has(
        "Kenyan President William Ruto was welcomed in Kampala by Ugandan President Yoweri Museveni. The two leaders signed a trade agreement.",
        "KEN",
        "UGA",
        "05",
    );
    // Named parties are no back-reference.
    none("The two Koreas held their first football match in years.");
}

#[test]
fn coordinated_owners_of_a_title() {
    // "the ambassadors of X and Y": both are expelled, and both hold the title.
    has(
        "Mali expelled the ambassadors of France and Belgium on Tuesday.",
        "MLI",
        "BELGOV",
        "161",
    );
    has(
        "Mali expelled the ambassadors of France and Belgium on Tuesday.",
        "MLI",
        "FRAGOV",
        "161",
    );
    has(
        "The interior ministers of Chad and Niger met in Niamey on Sunday.",
        "NERGOV",
        "TCDGOV",
        "04",
    );
}

#[test]
fn names_and_groups_no_dictionary_holds() {
    // A family name written first is remembered too.
    has(
        "Chinese Premier Li Peng met Japanese Prime Minister Tomiichi Murayama on Monday. Li and Murayama signed a declaration.",
        "CHN",
        "JPN",
        "057",
    );
    // A movement called by an unknown name belongs to the country just named.
    has(
        "El Salvador's government and leftist ZRLA guerrillas signed a peace accord on Thursday.",
        "SLVREB",
        "SLVGOV",
        "057",
    );
    // "the kidnappers" refers back to the group.
    has(
        "Abu Sayyaf gunmen seized tourists on Sunday. Philippine troops attacked the kidnappers on Monday.",
        "PHLMIL",
        "PHLREB",
        "19",
    );
    // An ethnic armed force with no other country named is coded by its nationality.
    has(
        "Georgian troops and ethnic Ossetian fighters fought near Tskhinvali on Friday.",
        "GEO",
        "GEO",
        "19",
    );
    // A vessel's flag is its country; "U.S.-brokered" is one word, no actor.
    has(
        "Somali pirates attacked a Danish-flagged cargo ship on Tuesday.",
        "SOM",
        "DNK",
        "19",
    );
    has(
        "Armenia and Azerbaijan signed a U.S.-brokered peace agreement on Friday.",
        "ARM",
        "AZE",
        "057",
    );
}

#[test]
fn compound_verbs_and_joined_nouns() {
    // "air-dropped" is the verb "air-drop"; "food and medical supplies" is one object.
    has(
        "French military planes air-dropped food and medical supplies over northern Mali on Friday.",
        "FRAMIL",
        "MLI",
        "07",
    );
}

#[test]
fn bodies_named_by_role_alone() {
    // An army acted upon belongs to the country named before the sentence, not the actor's.
    has(
        "Thailand's military government arrested protest leaders on Saturday. Japan urged the junta to free them.",
        "JPN",
        "THA",
        "02",
    );
    // "condemned the coup": the army of the country just named.
    has(
        "Guinea's army commander said he had dissolved the government. France and Senegal condemned the coup.",
        "FRA",
        "GINMIL",
        "111",
    );
    // A role joined to a country's body belongs to that country too; a strike's purpose
    // names its target.
    has(
        "Bolivia's largest trade union and main farmers federation launched a general strike on Monday to force President Hugo Banzer to resign.",
        "BOLAGR",
        "BOLGOV",
        "143",
    );
}

#[test]
fn her_after_a_subject_that_is_no_person() {
    has(
        "The European Union imposed sanctions on Belarusian minister Anna Petrova, accusing her of rigging the vote.",
        "IGOEUR",
        "BLR",
        "112",
    );
}

#[test]
fn verbs_no_dictionary_lists_still_open_clauses() {
    // "have driven" and "to force" are verbs though no pattern names them: the phrase before
    // stays a subject of its own.
    has(
        "Serbian police have driven hundreds of families from the village, and the OSCE accused Belgrade of ethnic cleansing.",
        "IGO",
        "SRB",
        "112",
    );
    // A sniper is no place: "shot by a sniper at his Colombo home" names no attacker.
    none("The minister was shot by a sniper at his Colombo home on Friday.");
}

#[test]
fn participles_that_modify_a_noun() {
    // "a resolution calling for": the participle modifies the resolution; ", drawing
    // criticism" still belongs to the main subject.
    has(
        "Moscow blocked a draft Security Council resolution calling for a truce in Syria on Friday, drawing sharp criticism from France and Britain.",
        "FRA",
        "RUS",
        "111",
    );
    // The agent of a participle is not the subject: "tanks donated by Poland have arrived".
    none("The first tanks donated by Poland and Norway have arrived in Ukraine, officials said.");
}

#[test]
fn people_described_but_not_named() {
    // "him" is the gunman (no actor), not the minister named before.
    let got = triples(
        "A 60-year-old man shot and wounded Prime Minister Fiame Naomi Mata'afa in Apia on Friday. Police arrested the gunman and charged him with attempted murder.",
    );
    assert!(
        !got.iter()
            .any(|(_, t, c)| c.starts_with("11") && t.starts_with("WSM")),
        "{got:?}"
    );
    // With no place in the sentence, police are the story's country's.
    has(
        "Kenyan President William Ruto was heckled at a rally in Nakuru on Sunday. Police arrested opposition leader Raila Odinga.",
        "KENCOP",
        "KEN",
        "173",
    );
    // A double nationality is coded by its first.
    has(
        "Iran executed the German-Iranian dissident Jamshid Sharmahd on Monday.",
        "IRN",
        "DEU",
        "18",
    );
    // A long name with its possessive may fill a pattern's gap.
    has(
        "Kim Yo Jong dismissed South Korean President Lee Jae-myung's overtures on Monday.",
        "PRK",
        "KOR",
        "12",
    );
}

#[test]
fn subjects_across_relative_clauses_and_participles() {
    // A relative clause between commas is skipped to its antecedent.
    has(
        "Iran, which backs the Houthis, denounced the Saudi air strikes on Monday.",
        "IRN",
        "SAU",
        "11",
    );
    // A participle after "after" has the main clause's subject.
    has(
        "North Korea's chief delegate walked out of the talks after warning that Seoul would pay a heavy price.",
        "PRK",
        "KOR",
        "13",
    );
    // What an accusation is about is no clause a later verb continues.
    has(
        "Tbilisi accused Moscow of launching an invasion and appealed to NATO for help.",
        "GEO",
        "IGOWSTNAT",
        "02",
    );
    // A compound subject whose last conjunct names no actor keeps the ones that do.
    has(
        "Saudi Arabia and its Gulf allies launched air strikes against Houthi rebels on Thursday.",
        "SAU",
        "YEMREB",
        "19",
    );
    // An object no dictionary names is still an object: no mutual support.
    let got = triples("Canada, Brazil and Colombia also backed Mr. Zorrilla on Monday.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn pronoun_it_as_subject_and_as_object() {
    has(
        "President Alberto Fujimori's government said it would not negotiate under threat, and Tokyo urged it to put the safety of the hostages first.",
        "JPN",
        "PER",
        "02",
    );
    has(
        "India recalled its high commissioner from Islamabad on Friday and said it would suspend the bus service, accusing Pakistan of sheltering militants.",
        "IND",
        "PAK",
        "112",
    );
}

#[test]
fn acts_told_by_their_consequences() {
    // "killed in a clash with X": X is the other side.
    has(
        "Twenty Indian soldiers were killed in a clash with Chinese troops in Ladakh on Monday.",
        "CHNMIL",
        "INDMIL",
        "19",
    );
    // People captured by an armed group are taken hostage.
    has(
        "Hezbollah guerrillas crossed the border and captured two Israeli soldiers on Wednesday.",
        "LBNREB",
        "ISRMIL",
        "181",
    );
    // "the move" stands for the latest act.
    has(
        "Canada expelled four Russian diplomats on Monday. The Russian embassy called the move unfriendly.",
        "RUS",
        "CAN",
        "1",
    );
    // A vote tally is no sports score.
    has(
        "The Security Council voted 13-0 on Monday to impose a trade embargo on Iraq.",
        "IGOUNO",
        "IRQ",
        "16",
    );
}

#[test]
fn background_and_allegations_are_not_news() {
    // A past-perfect object relative clause is background.
    none("Saudi warplanes hit the presidential palace that the rebels had seized in Sanaa.");
    // Every act an accusation lists is alleged, not done.
    let got = triples(
        "The Security Council gave Sudan 30 days to disarm the Janjaweed militias accused of burning villages and killing civilians.",
    );
    assert!(!got.iter().any(|(_, _, c)| c.starts_with("19")), "{got:?}");
    // "said on Monday that X had struck" is reported, not a relative clause.
    has(
        "Moscow said on Monday that Ukrainian drones had struck an oil depot in Russia's Bryansk region.",
        "UKR",
        "RUS",
        "19",
    );
    // A free relative names; it does not call.
    let got = triples(
        "American warplanes struck Tripoli in what President Ronald Reagan called retaliation for Libya's role in the bombing.",
    );
    assert!(!got.iter().any(|(_, _, c)| c == "041"), "{got:?}");
}

#[test]
fn honorifics_and_time_phrases_inside_references() {
    has(
        "President Donald Trump recognised Venezuelan opposition leader Juan Guaido as interim president. Canada also backed Mr. Guaido.",
        "CAN",
        "VENOPP",
        "051",
    );
    // "India on Friday recalled ... and said it would": "it" is India.
    let got = triples(
        "India on Friday recalled its envoy from Islamabad and said it would suspend the bus service, accusing Pakistan of sheltering militants.",
    );
    assert!(!got.iter().any(|(s, _, _)| s.starts_with("PAK")), "{got:?}");
    // A group with an unknown name is placed where the text says it is.
    has(
        "Turkey launched an offensive against Kurdish-led fighters in north-eastern Syria on Wednesday.",
        "TUR",
        "SYR",
        "19",
    );
}

#[test]
fn pairs_named_by_between_and_neighbours() {
    // "between X and Y" gives "both sides" their parties.
    has(
        "Qatar announced a ceasefire between Israel and Hamas on Wednesday. It said both sides had agreed to stop attacks.",
        "ISR",
        "PSE",
        "035",
    );
    // "its neighbour": the other country named.
    has(
        "Algeria cut diplomatic relations with Morocco on Tuesday, accusing its neighbour of hostile actions.",
        "DZA",
        "MAR",
        "112",
    );
    // A body suspends a member; "held X responsible" accuses.
    has(
        "The African Union suspended Mali from all its activities on Wednesday.",
        "IGOAFR",
        "MLI",
        "16",
    );
    has(
        "Prime Minister Ehud Olmert held the Lebanese government responsible for the raid.",
        "ISR",
        "LBNGOV",
        "112",
    );
    // "the arrest of X by police" names its own parties.
    has(
        "The arrest of opposition leader Alexei Navalny by Russian police drew protests.",
        "RUSCOP",
        "RUSOPP",
        "173",
    );
}

#[test]
fn official_protests_and_resolutions() {
    // A state's protest is an official complaint, not a demonstration.
    has(
        "Britain arrested the former dictator in London on Friday. Chile's government protested the arrest.",
        "CHLGOV",
        "GBR",
        "114",
    );
    // "rejected the resolution": the body that adopted it.
    has(
        "The U.N. Human Rights Council voted on Thursday to condemn abuses by the Sri Lankan army. Colombo rejected the resolution as an intrusion.",
        "LKA",
        "IGOUNO",
        "12",
    );
    // "praised both sides": one event for each side.
    let got = triples(
        "Indonesia and the Free Aceh Movement signed a peace agreement on Monday. Finnish President Tarja Halonen praised both sides.",
    );
    assert!(
        got.iter().filter(|(_, _, c)| c == "051").count() == 2,
        "{got:?}"
    );
}

#[test]
fn people_described_again_and_striking_workers() {
    // "The demonstrators" as a subject are the story's country's.
    has(
        "Kenyan riot police fired tear gas at opposition supporters in Kisumu on Wednesday. The demonstrators, who had defied a ban on rallies, set fire to a police post.",
        "KEN",
        "KENCOP",
        "14",
    );
    // "striking teachers" is no strike on them.
    let got = triples("State police moved into the square of Oaxaca to evict striking teachers.");
    assert!(!got.iter().any(|(_, _, c)| c.starts_with("19")), "{got:?}");
}

#[test]
fn main_and_adverbial_clauses() {
    // ", and demanded" goes back to the main clause's subject past an "after" clause; "and"
    // inside the clause stays in it.
    has(
        "Japan lodged a formal protest with China on Wednesday after four Chinese coast guard ships entered Japanese waters, and demanded that Beijing withdraw the vessels.",
        "JPN",
        "CHN",
        "10",
    );
    let got = triples(
        "The Security Council imposed an embargo on Iraq on Monday, four days after Iraqi troops invaded and occupied Kuwait.",
    );
    assert!(
        got.iter()
            .any(|(s, t, c)| s.starts_with("IRQ") && t == "KWT" && c == "192")
            && !got
                .iter()
                .any(|(s, t, _)| s.starts_with("IGO") && t == "KWT"),
        "{got:?}"
    );
}

#[test]
fn expulsions_hosts_captives_and_purposes() {
    has(
        "President Nicolas Maduro gave American diplomats 72 hours to leave Venezuela.",
        "VEN",
        "USA",
        "161",
    );
    has(
        "Eritrean President Isaias Afwerki welcomed Ethiopian Prime Minister Abiy Ahmed at the airport in Asmara.",
        "ERIGOV",
        "ETHGOV",
        "043",
    );
    has(
        "Abu Sayyaf gunmen seized about 20 U.N. peacekeepers on Saturday.",
        "PHLREB",
        "IGOUNO",
        "181",
    );
    has(
        "Leaders of the Economic Community of West African States agreed in Abuja to send 3,300 troops to help Mali's government.",
        "IGOWAF",
        "MLIGOV",
        "03",
    );
    has(
        "Indian and Pakistani troops exchanged heavy fire across the Line of Control on Thursday.",
        "INDMIL",
        "PAKMIL",
        "19",
    );
    // A coup is told by what follows; a prize is no beating.
    none("The officers who seized power in Niamey last week named a general as head of state.");
    none("A Malian director won the top prize at the film festival in Ouagadougou, beating entries from Senegal and Ghana.");
    // A role word alone names no source for an act noun.
    let got = triples("NATO suspended military cooperation with Moscow over the war in Georgia.");
    assert!(!got.iter().any(|(s, _, _)| s.starts_with("GEO")), "{got:?}");
}

#[test]
fn coups_coalitions_and_him() {
    // "him" is not the subject of its own clause, even when another person opened the
    // sentence.
    has(
        "Venezuelan opposition leader Juan Guaido declared himself interim president on Wednesday, and U.S. President Donald Trump recognised him within minutes.",
        "USAGOV",
        "VENOPP",
        "05",
    );
    // A blocked verb ("seized power") still passes its subject on.
    has(
        "Myanmar's military seized power in a coup on Monday and detained State Counsellor Aung San Suu Kyi.",
        "MMRMIL",
        "MMR",
        "17",
    );
    // "Saudi-led" names the leader; "Iran-backed" does not name the backer.
    has(
        "Saudi-led warplanes bombed Houthi positions around Sanaa on Saturday.",
        "SAUMIL",
        "YEMREB",
        "19",
    );
    let got = triples("Iran-backed militias shelled the town on Saturday.");
    assert!(!got.iter().any(|(s, _, _)| s.starts_with("IRN")), "{got:?}");
    // "condemned the takeover": the army of the country named before.
    has(
        "Fiji's military commander said he had taken over executive authority. Australia condemned the takeover.",
        "AUS",
        "FJIMIL",
        "111",
    );
    // Abducted schoolgirls are students; struck targets near a town are in its country.
    has(
        "Boko Haram gunmen abducted more than 200 schoolgirls from a school in northeastern Borno state.",
        "NGAREB",
        "NGAEDU",
        "181",
    );
    has(
        "Russian jets bombed targets near the Georgian town of Gori on Saturday.",
        "RUSMIL",
        "GEO",
        "19",
    );
}

#[test]
fn marches_tariffs_and_objects_before_and() {
    // Protesters marching through a capital act there; the march's purpose names its target.
    has(
        "Tens of thousands of protesters marched through central Cairo on Friday to demand that President Hosni Mubarak step down.",
        "EGY",
        "EGY",
        "14",
    );
    has(
        "Tens of thousands of protesters marched through central Cairo on Friday to demand that President Hosni Mubarak step down.",
        "EGY",
        "EGYGOV",
        "10",
    );
    // The actor of tariffs may follow past amounts and a currency sign.
    has(
        "The Trump administration imposed tariffs of 25 percent on $34 billion of Chinese imports on Friday.",
        "USAGOV",
        "CHN",
        "163",
    );
    // An object before ", and" is no conjunct of the next clause's subject.
    let got = triples(
        "Australia and New Zealand condemned the takeover, and Canberra suspended defence cooperation with Fiji.",
    );
    assert!(
        !got.iter()
            .any(|(s, _, c)| s.starts_with("FJI") && c.starts_with("16")),
        "{got:?}"
    );
}

#[test]
fn countries_described_not_named() {
    has(
        "Saudi Arabia and the United Arab Emirates severed diplomatic ties with Qatar on Monday, accusing the Gulf emirate of supporting terrorist groups.",
        "SAU",
        "QAT",
        "112",
    );
    has(
        "Fiji's army commander seized executive authority on Tuesday. Australia and New Zealand condemned the takeover, and Canberra suspended defence cooperation with the Pacific nation.",
        "AUS",
        "FJI",
        "16",
    );
}

#[test]
fn describing_dissolving_and_evacuating() {
    has(
        "French Foreign Minister Jean-Yves Le Drian described the ruling authorities in Bamako as illegitimate.",
        "FRAGOV",
        "MLI",
        "111",
    );
    has(
        "Cambodia's Supreme Court dissolved the main opposition Cambodia National Rescue Party on Thursday.",
        "KHMJUD",
        "KHM",
        "172",
    );
    // Evacuating one's own embassy is no aid to anyone.
    none("The United States rushed to evacuate its embassy by helicopter.");
}

#[test]
fn forces_and_capitals_described() {
    // "the two forces" are the sides of the fighting named before; "raged" is a verb.
    has(
        "Fighting between the Taliban and Afghan forces raged across Kunduz on Sunday. Late in the day the two forces agreed to a three-hour pause.",
        "AFGMIL",
        "AFGREB",
        "0",
    );
    // "in the Kyrgyz capital Bishkek" places the sentence in Kyrgyzstan.
    has(
        "Thousands of opposition supporters stormed government buildings in the Kyrgyz capital Bishkek on Wednesday.",
        "KGZOPP",
        "KGZ",
        "1",
    );
}

#[test]
fn agreeing_together_and_brussels() {
    // Two parties agreeing to do something no verb pattern names agree with each other.
    has(
        "Kibaki and Museveni agreed to set up a joint commission to survey the border.",
        "KEN",
        "UGAGOV",
        "03",
    );
    has(
        "Kibaki and Museveni agreed to set up a joint commission to survey the border.",
        "UGAGOV",
        "KEN",
        "03",
    );
    // One party agreeing to something is no act on whoever the phrase names.
    none("The Security Council agreed to a six-month extension of the mandate of the force in Lebanon.");
    // "Brussels" as an actor is the European Union; as a place it stays in Belgium.
    has(
        "The Kremlin warned that Brussels would pay a price for the sanctions.",
        "RUSGOV",
        "IGOEUREEC",
        "13",
    );
}

#[test]
fn claims_lists_and_irregular_pasts() {
    // An attack by an unnamed bomber is the act of the group that claims it.
    has(
        "A suicide bomber rammed a truck into a military post, killing seven Pakistani soldiers. The Pakistani Taliban claimed responsibility.",
        "PAKREB",
        "PAKMIL",
        "18",
    );
    // Nobody claiming it and no place named, the attack has no source.
    none("A suicide bomber rammed a truck into a military post, killing seven Pakistani soldiers. No group claimed responsibility.");
    // "drove" is a verb, and what follows the unnamed bomber is the attack.
    has(
        "A suicide bomber drove a truck into a compound in Mogadishu, killing 70 people. The al Shabaab militia claimed responsibility for the attack.",
        "SOMREB",
        "SOMCVL",
        "18",
    );
    // Gunmen (unidentified armed men, UAF) are credited the same way, and the claim is aimed
    // at the attack's victims, not at the attackers it names.
    let got = triples("Gunmen stormed a hotel in Nairobi on Tuesday, killing 21 people. The Somali militant group al Shabaab claimed responsibility for the attack.");
    assert!(
        got.contains(&("SOMREB".into(), "KENCVL".into(), "190".into())),
        "{got:?}"
    );
    assert!(
        got.contains(&("SOMREB".into(), "KENCVL".into(), "015".into())),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|(s, t, _)| s.ends_with("UAF") || t.ends_with("UAF")),
        "{got:?}"
    );
    // A list of things or a sum of money between the verb and its target.
    has(
        "Hamas fired rockets, mortars and missiles at Israel on Monday.",
        "PSEREB",
        "ISR",
        "19",
    );
    has(
        "The United States pledged $315 million in humanitarian aid to Sudan on Monday.",
        "USA",
        "SDN",
        "03",
    );
}

#[test]
fn absolute_clauses_and_plural_possessives() {
    // ", with X accusing Y": X is the accuser; an official given no country serves the
    // country that opens the sentence.
    has(
        "Cuba on Thursday rejected the report as false, with a deputy foreign minister accusing Washington of spreading slander.",
        "CUBGOV",
        "USAGOV",
        "112",
    );
    // "officials' claims": a plural possessive, so "claims" is no reporting verb that would
    // make the rest of the sentence hearsay.
    let got = code("Cuba rejected U.S. officials' claims that China planned a station on the island, with a deputy foreign minister accusing Washington of lying.");
    assert!(
        got.iter().any(|e| e.cameo.code == "112" && !e.hypothetical),
        "{got:?}"
    );
    // A closing quote after a plural is still a quote.
    has(
        "Beijing called the Hong Kong protesters 'rioters' and Chinese police arrested Hong Kong activists.",
        "CHNCOP",
        "HKG",
        "17",
    );
}

#[test]
fn clause_subjects_past_parentheses() {
    // After "that", "X and Y" together open the clause.
    has(
        "North Korea warned on Saturday that the United States and South Korea would face a military response.",
        "PRK",
        "KOR",
        "13",
    );
    // A parenthesis after the subject's time and place is skipped back to the subject, even
    // when it ends in a place ("in Istanbul").
    has(
        "Crown Prince Mohammed bin Salman's visit to Ankara on Wednesday, his first since the killing of a journalist in Istanbul, was hailed by Turkish President Recep Tayyip Erdogan.",
        "TURGOV",
        "SAUGOV",
        "05",
    );
    has(
        "Crown Prince Mohammed bin Salman's visit to Ankara, his first since 2017, was hailed by Turkish President Recep Tayyip Erdogan.",
        "TURGOV",
        "SAUGOV",
        "05",
    );
}

#[test]
fn roles_referred_back_and_rebels_near_sport() {
    // "the general" is the person last named who holds a military role.
    has(
        "U.N. envoy Noeleen Heyzer met Myanmar junta chief Min Aung Hlaing in Naypyitaw on Wednesday and called on the general to end violence against civilians.",
        "IGOUNO",
        "MMRMIL",
        "02",
    );
    // A sentence about rebels is no sport news because it names a race.
    has(
        "Houthi rebels fired a missile at a Saudi fuel depot near the circuit hosting a Formula One race.",
        "YEMREB",
        "SAU",
        "19",
    );
    none("Hamilton won the Formula One race in Jeddah after a crash involving two Mercedes cars.");
}

#[test]
fn wider_vocabulary_topics_and_own_forces() {
    // Verbs added in round 5 (data/verbs.toml).
    has(
        "Nigerian soldiers repelled an attack by Boko Haram fighters on a base in Borno state.",
        "NGAMIL",
        "NGAREB",
        "19",
    );
    has(
        "Sudan's army overthrew the government of Prime Minister Abdalla Hamdok on Monday.",
        "SDNMIL",
        "SDNGOV",
        "17",
    );
    // What talks are about has not happened.
    none(
        "Israel and Lebanon renewed negotiations today on an Israeli troop pullback from Lebanon.",
    );
    // Putting one's own forces on alert is aimed at no one named.
    none("Jordan put its air defences on high alert on Saturday.");
}

#[test]
fn agents_inside_event_nouns_and_plural_nouns() {
    // "an attack by X on Y": the agent between the noun and the rest of its pattern.
    has(
        "Nigerian soldiers repelled an attack by Boko Haram fighters on a military base in Borno state.",
        "NGAREB",
        "NGAMIL",
        "19",
    );
    // "in Israeli jails": a plural after a nationality is a noun; and who leads a hunger
    // strike is on its side.
    let got = triples("More than 1,000 Palestinian prisoners in Israeli jails launched a hunger strike on Monday led by jailed Fatah leader Marwan Barghouti.");
    // (Neither is jailing anyone: no arrest, and the leader, a party man, is no target.)
    assert!(
        !got.iter()
            .any(|(_, t, c)| t.as_str() == "PSEPTY" || c.starts_with("17")),
        "{got:?}"
    );
}

#[test]
fn talks_wrapped_up_orders_to_leave_and_clauses_after_after() {
    has(
        "The U.S. national security adviser and the Chinese foreign minister wrapped up two days of talks in Bangkok on Saturday.",
        "USAGOV",
        "CHNGOV",
        "04",
    );
    has(
        "Niger's military rulers on Friday ordered the French ambassador, Sylvain Itte, to leave the country within 48 hours.",
        "NERMIL",
        "FRAGOV",
        "16",
    );
    // "a day after X and Y signed": both conjuncts sign.
    has(
        "Washington eased sanctions on Wednesday, a day after the government of Nicolas Maduro and the opposition signed a deal in Barbados.",
        "VENGOV",
        "VENOPP",
        "05",
    );
}

#[test]
fn people_of_the_country_named_before_them() {
    has(
        "Kenyan police fired tear gas at protesters on Tuesday.",
        "KENCOP",
        "KENCVL",
        "17",
    );
    // Not the country of a place phrase: the towns attacked were Israeli.
    has(
        "Hamas fighters attacked Israeli towns near the Gaza border on Saturday, killing hundreds of civilians.",
        "PSEREB",
        "ISRCVL",
        "1",
    );
}

#[test]
fn describing_ing_words_inside_a_gap() {
    has(
        "Beijing immediately retaliated with matching duties on American soybeans, cars and pork.",
        "CHN",
        "USA",
        "16",
    );
}

#[test]
fn each_other_and_rockets_from_somewhere() {
    has(
        "Azerbaijan and Armenia accused each other on Monday of shelling civilian areas.",
        "AZE",
        "ARM",
        "11",
    );
    has(
        "Azerbaijan and Armenia accused each other on Monday of shelling civilian areas.",
        "ARM",
        "AZE",
        "11",
    );
    has(
        "Hamas militants fired about 30 rockets from the Gaza Strip into southern Israel overnight.",
        "PSEREB",
        "ISR",
        "19",
    );
}

#[test]
fn named_services_media_and_companies() {
    has(
        "China's Ministry of State Security accused MI6 on Tuesday of recruiting two officials.",
        "CHNSPY",
        "GBRSPY",
        "11",
    );
    has(
        "The Pentagon accused the Kremlin of jamming satellite signals.",
        "USAMIL",
        "RUS",
        "11",
    );
    has(
        "Washington imposed sanctions on Rosneft and Lukoil on Wednesday.",
        "USAGOV",
        "RUSBUS",
        "16",
    );
}

#[test]
fn time_before_the_closing_preposition_and_more_people() {
    // "on Tuesday on the governor": the first "on" only tells the day.
    has(
        "The United States imposed sanctions on Tuesday on the governor of Iran's central bank.",
        "USA",
        "IRN",
        "16",
    );
    has(
        "Boko Haram gunmen abducted more than 200 girls from a school in the Nigerian town of Chibok.",
        "NGAREB",
        "NGACVL",
        "18",
    );
}

#[test]
fn persons_of_recent_years() {
    // Office holders of 2015-2025 from data/actors.toml, with their code on the day.
    has(
        "Kenyan President William Ruto met Tanzania's Samia Suluhu Hassan in Nairobi.",
        "KENGOV",
        "TZAGOV",
        "04",
    );
    has(
        "Police arrested opposition leader Bobi Wine in Kampala on Friday.",
        "UGACOP",
        "UGAOPP",
        "17",
    );
}

#[test]
fn denials_answer_the_accusation_before_them() {
    has(
        "Sri Lanka's government blamed Tamil Tiger rebels on Saturday for the killing of the foreign minister. The rebels denied any involvement.",
        "LKAREB",
        "LKAGOV",
        "016",
    );
    has(
        "India accused Pakistan of sheltering militants. Pakistan's foreign ministry denied any role in the attack.",
        "PAKGOV",
        "IND",
        "016",
    );
    // With no accusation before it, a denial has no target.
    none("The rebels denied any involvement in the killing.");
}

#[test]
fn protests_at_home() {
    // A protest by a country's own people that names no target is aimed at their state; the
    // target's span is the act's.
    has(
        "Cuban dissident Guillermo Farinas began a hunger strike on Wednesday to demand the release of political prisoners.",
        "CUBOPP",
        "CUB",
        "14",
    );
    // Not a government's or an army's.
    none("Russian soldiers went on hunger strike on Monday.");
}

#[test]
fn them_after_a_pair() {
    // "them" after two actors joined by "and" in its sentence is both.
    has(
        "Fiji expelled the top diplomats of Australia and New Zealand on Tuesday, accusing them of interfering in its courts.",
        "FJI",
        "NZLGOV",
        "11",
    );
    has(
        "Fiji expelled the top diplomats of Australia and New Zealand on Tuesday, accusing them of interfering in its courts.",
        "FJI",
        "AUSGOV",
        "11",
    );
}

#[test]
fn round_six_clauses_and_references() {
    // A closing preposition that takes only a time is no part of the pattern: "agreed on
    // Friday to" is "agree to", not "agree on".
    let got = code("Chile and Peru agreed on Friday to reopen their border.");
    assert!(
        got.iter()
            .all(|e| !e.trigger.text.eq_ignore_ascii_case("agreed on")),
        "{:?}",
        got.iter().map(|e| &e.trigger.text).collect::<Vec<_>>()
    );
    has(
        "Chile and Peru agreed on Friday to reopen their border.",
        "CHL",
        "PER",
        "03",
    );
    // A verb in a series after a comma shares the first verb's subject.
    has(
        "Ghana closed its embassy, recalled its ambassador from Abuja and praised Togo.",
        "GHA",
        "NGAGOV",
        "16",
    );
    // An army or junta acted upon, with no country before the sentence, is of the country the
    // sentence has acted upon.
    has(
        "ECOWAS suspended Guinea on Friday and urged the junta to hold elections.",
        "IGO",
        "GINMIL",
        "02",
    );
    // A relative clause's subject does not become the main clause's: "demanded" is the
    // union's, not the coup's.
    has(
        "The African Union suspended Mali after the coup that toppled President Keita, and demanded that the soldiers free him.",
        "IGO",
        "MLIMIL",
        "10",
    );
    // "the bloc" refers back to the international body named last.
    has(
        "The European Union imposed sanctions on Belarus. Minsk condemned the bloc.",
        "BLRGOV",
        "IGOEUREEC",
        "11",
    );
    // Officials with no country of their own are of the place the sentence happens in.
    has(
        "A car bomb killed 30 people in Mogadishu on Saturday, and officials in the city blamed al Shabaab.",
        "SOMGOV",
        "SOMREB",
        "11",
    );
}

#[test]
fn round_six_appositions_and_event_nouns() {
    // "the bombing" after a told air strike is the striker's act, not an unnamed attacker's.
    has(
        "NATO jets struck army barracks in Serbia on Monday. Russia condemned the bombing as an act of aggression.",
        "RUS",
        "IGOWSTNAT",
        "11",
    );
    // An arrest noun stands for an arrest, not for the strike told last.
    let got = triples("Police arrested 40 protesters in Minsk. NATO jets struck targets in Libya. Amnesty condemned the arrests.");
    assert!(
        !got.iter()
            .any(|(s, t, c)| s.starts_with("NGO") && t.starts_with("IGO") && c.starts_with("11")),
        "{got:?}"
    );
    // Phrases joined by commas alone are an actor and its apposition, not two subjects.
    let got = triples(
        "The Soviet Union, Iraq's main arms supplier, suspended weapons deliveries to Baghdad.",
    );
    assert!(!got.iter().any(|(s, _, _)| s.starts_with("IRQ")), "{got:?}");
    has(
        "The Soviet Union, Iraq's main arms supplier, suspended weapons deliveries to Baghdad.",
        // (the test documents are dated 2021)
        "RUS",
        "IRQ",
        "16",
    );
    // A nickname between commas is skipped back to the compound subject it closes.
    has(
        "Colombian President Juan Manuel Santos and FARC commander Rodrigo Londono, known as Timochenko, signed a peace agreement in Cartagena.",
        "COLGOV",
        // (a party, COLPTY, by 2021)
        "COL",
        "05",
    );
    // "linked the attackers to" a group accuses the group.
    has(
        "Indian officials linked the attackers to the Pakistan-based group Lashkar-e-Taiba.",
        "INDGOV",
        "PAKREB",
        "11",
    );
}

#[test]
fn round_six_which_subject_goes_on() {
    // A series after a verb's prepositional object shares the first verb's subject.
    let got = triples("Ukrainian President Volodymyr Zelensky severed diplomatic relations with Moscow, declared martial law and urged Ukrainians to defend their country.");
    assert!(
        !got.iter()
            .any(|(s, _, c)| s.starts_with("RUS") && c.starts_with("02")),
        "{got:?}"
    );
    // A simple past after "and", closing a clause reported with a modal, is the speaker's.
    has(
        "President Robert Mugabe said the police would not act against the veterans and accused Britain of funding the opposition.",
        "ZWEGOV",
        "GBR",
        "11",
    );
    // ... but a verb of the reported clause itself stays with its subject.
    has(
        "Mugabe said the police had arrested opposition leader Morgan Tsvangirai and charged him with treason.",
        "ZWECOP",
        "ZWEOPP",
        "1",
    );
    let got = triples("Mugabe said the police had arrested opposition leader Morgan Tsvangirai and charged him with treason.");
    assert!(!got.iter().any(|(s, _, _)| s == "ZWEGOV"), "{got:?}");
    // The object told to act in an infinitive does not become the main clause's subject.
    has(
        "Laurent Gbagbo ordered United Nations peacekeepers to leave the country, accusing them of arming rebels.",
        "CIV",
        "IGOUNO",
        "112",
    );
}

#[test]
fn round_six_denials_and_naming() {
    // ", a charge Kigali denied": the denied noun before its denier.
    has(
        "Congolese President Joseph Kabila accused neighbouring Rwanda of backing the rebellion, a charge Kigali denied.",
        "RWAGOV",
        "CODGOV",
        "016",
    );
    // Naming with blame after "and" shares the clause's subject.
    has(
        "Colombian troops killed a rebel commander in a raid on a camp inside Ecuador. Ecuador's president expelled Colombia's ambassador and called the raid a massacre.",
        "ECUGOV",
        "COLMIL",
        "111",
    );
    // Suspending a member of a body reduces relations with it.
    has(
        "The Arab League voted on Saturday to suspend Syria's membership.",
        "IGO",
        "SYR",
        "16",
    );
    // Freezing a country's assets sanctions it.
    has(
        "President George Bush froze Iraqi assets in the United States.",
        "USAGOV",
        "IRQ",
        "163",
    );
}

#[test]
fn round_six_times_counts_and_conjoined_roles() {
    // "early on Wednesday" is a time, and "more than a dozen" a count, inside a pattern's gap.
    has(
        "Iran fired more than a dozen ballistic missiles early on Wednesday at two Iraqi bases.",
        "IRN",
        "IRQ",
        "19",
    );
    // A bare role joined to a nationality's title shares its country, not the place's.
    let got = triples("U.S. and British warplanes and warships struck Houthi targets across Yemen early on Friday.");
    assert!(!got.iter().any(|(s, _, _)| s.starts_with("YEM")), "{got:?}");
    // A denial aimed at the denier's own nationality names no one it answers.
    let got = triples("Pakistan's foreign minister denied any Pakistani involvement.");
    assert!(
        !got.iter().any(|(s, t, _)| s == "PAKGOV" && t == "PAK"),
        "{got:?}"
    );
}

#[test]
fn round_six_a_body_that_owns_the_object() {
    // "the government's response": the national body that owns what the phrase names.
    has(
        "Kenyan police fired tear gas at protesters in Nairobi. Amnesty International criticised the government's response.",
        "NGO",
        "KENGOV",
        "11",
    );
    // (a place that owns it is not a body: "the city's" gives no code)
    let got = triples("Kenyan police fired tear gas at protesters in Nairobi. Amnesty International criticised the city's response.");
    assert!(
        !got.iter()
            .any(|(s, _, c)| s.starts_with("NGO") && c.starts_with("11")),
        "{got:?}"
    );
}

#[test]
fn round_six_rebels_and_votes() {
    // Rebels, with no armed group named before, are of the country just named.
    has(
        "The Sri Lankan army attacked the rebels.",
        "LKAMIL",
        "LKAREB",
        "19",
    );
    // ... or of the place where the sentence happens.
    has(
        "U.S. drones struck the militants in Somalia on Monday.",
        "USA",
        // (militants are insurgents, SOMINS)
        "SOM",
        "19",
    );
    // "the vote" of a legislature is its act.
    has(
        "Brazil's Senate voted on Wednesday to remove President Dilma Rousseff from office. Rousseff denounced the vote as a parliamentary coup.",
        "BRA",
        "BRALEG",
        "11",
    );
}

#[test]
fn round_six_story_place_and_kidnappings() {
    // Police that no sentence places are of the story's first place, not of the last country
    // named.
    has(
        "Thousands marched in Caracas against President Nicolas Maduro. Maduro broke diplomatic relations with the United States. Security forces fired tear gas at protesters.",
        "VENCOP",
        "",
        "17",
    );
    // "the kidnapping" stands for the abduction told before.
    has(
        "Boko Haram fighters abducted more than 200 students in Chibok. UN Secretary-General Antonio Guterres called the kidnapping an abominable crime.",
        "IGOUNO",
        "NGAREB",
        "111",
    );
}

#[test]
fn round_six_munition_lists_and_crowds() {
    // A comma list of munitions in a pattern's gap, and "the crowds" acted upon are of the
    // country named before the sentence.
    has(
        "Tens of thousands of Egyptians marched in Cairo. Police fired tear gas, water cannon and rubber bullets at the crowds.",
        "EGYCOP",
        "EGYCVL",
        "175",
    );
}

#[test]
fn round_six_members_of_a_body_acting_together() {
    // A region's leaders acting together are the regional body, with the field's code.
    has(
        "West African leaders imposed sanctions on Mali.",
        "IGOWAFWAS",
        "MLI",
        "163",
    );
    has(
        "Southeast Asian foreign ministers criticised Myanmar's junta.",
        "IGOSEAASN",
        "MMR",
        "111",
    );
    has(
        "The Arab League suspended Syria from all its activities.",
        "IGOMEAARL",
        "SYR",
        "16",
    );
}

#[test]
fn round_six_they_after_a_pair() {
    // "They" after two actors joined by "and" in the sentence before is both.
    let text =
        "Chad and Sudan signed a border pact on Monday. They also accused Libya of arming rebels.";
    has(text, "TCD", "LBY", "112");
    has(text, "SDN", "LBY", "112");
}

#[test]
fn round_seven_event_nouns_told_as_other_acts() {
    // An invasion told as a seizure, and "the seizure of the city" (a place, no party named)
    // stand for the seizer.
    has(
        "Chadian troops crossed the border and seized the presidential palace in Bangui. The African Union condemned the invasion.",
        "IGOAFRAFU",
        "TCDMIL",
        "111",
    );
    has(
        "Tuareg rebels captured the northern town of Kidal on Friday. The European Union condemned the seizure of the town.",
        "IGOEUREEC",
        "MLIREB",
        "111",
    );
}

#[test]
fn round_seven_places_entered_and_appositions() {
    // Soldiers killed in a country crossed into are that country's.
    has(
        "Rwandan rebels crossed into Burundi on Sunday, killing four soldiers and capturing two others.",
        "RWAREB",
        "BDIMIL",
        "19",
    );
    // An apposition opened by "a" after the subject is skipped, even when it names an actor.
    let text = "Kenya, a close ally of Uganda, condemned the raid by Sudanese troops.";
    has(text, "KEN", "SDN", "111");
    lacks(text, |s, _t, _c| s.starts_with("UGA"));
    // So is a participle clause between commas.
    has(
        "Ghanaian President John Mahama, speaking at a rally in Accra, accused Togo of sheltering rebels.",
        "GHAGOV",
        "TGO",
        "112",
    );
    // With no actor before the participle clause, no subject is taken from inside it.
    let text = "The spokesman, speaking at a rally in Lagos, accused Ghana of sheltering rebels.";
    lacks(text, |s, _t, _c| s.starts_with("NGA"));
}

#[test]
fn round_seven_appeals_to_stop_fighting_name_the_parties() {
    // An appeal for a ceasefire that names no one is aimed at both parties of the fighting.
    let text = "Heavy fighting broke out between Ethiopian troops and Eritrean forces on Sunday. Russia called for an immediate ceasefire.";
    has(text, "RUS", "ETHMIL", "0256");
    has(text, "RUS", "ERIMIL", "0256");
    // A party to the fighting does not appeal to itself.
    let text = "Israeli jets bombed Hamas fighters in Gaza. Hamas called for a truce.";
    has(text, "PSEREB", "ISRMIL", "0256");
    lacks(text, |s, t, c| {
        s == "PSEREB" && t.starts_with("PSE") && c == "0256"
    });
    // With no fighting told, there is no one to aim it at.
    none("The Pope called for a ceasefire.");
}

#[test]
fn round_seven_arrests_reported_by_the_state() {
    // An agentless arrest reported by the police or a ministry is theirs.
    has(
        "Police in Nairobi said 20 students were arrested on Monday.",
        "KENCOP",
        "KENEDU",
        "173",
    );
    // Not when someone else reports it.
    none("Witnesses in Nairobi said 20 students were arrested on Monday.");
    // "Authorities" that no sentence places are the story's.
    has(
        "Thousands protested in Algiers against the president. Authorities detained dozens of journalists.",
        "DZAGOV",
        "DZAMED",
        "173",
    );
}

#[test]
fn round_seven_gaps_times_and_aid_agencies() {
    // Aid agencies no country claims are the NGO sector; "hours later" between "and" and the
    // verb keeps the subject.
    has(
        "Khartoum rejected the ruling and hours later expelled ten international aid agencies.",
        "SDNGOV",
        "NGO",
        "16",
    );
    // "weeks of protests" is the protests, not a time.
    has(
        "Kyrgyz President Askar Akayev resigned on Friday, bowing to weeks of student protests.",
        "KGZGOV",
        "KGZEDU",
        "08",
    );
    // Named actors joined by "and" fill a pattern's gap however long their names.
    has(
        "Uzbek authorities placed Uzbek opposition leader Muhammad Salih and Uzbek rights activist Mutabar Tadjibayeva under house arrest.",
        "UZBGOV",
        "UZB",
        "173",
    );
    // "the intervention" stands for the strikes told before it.
    has(
        "Saudi jets struck Houthi rebels in Yemen. Iran denounced the intervention.",
        "IRN",
        "SAU",
        "111",
    );
    // Two parties who seal a deal together.
    let text = "Colombian President Juan Manuel Santos and Ecuadorean President Rafael Correa sealed a border agreement in Quito.";
    has(text, "COLGOV", "ECUGOV", "057");
    has(text, "ECUGOV", "COLGOV", "057");
}

#[test]
fn round_seven_threats_of_retaliation_name_the_attacker() {
    // A vow to retaliate that names no one is aimed at whoever attacked the one who vows.
    has(
        "Israeli jets bombed Hezbollah positions in Lebanon. Hezbollah vowed to retaliate.",
        "LBNREB",
        "ISRMIL",
        "138",
    );
    // Not at an attacker of someone else.
    let text = "French jets bombed Islamist rebels in Mali. Algeria vowed to respond.";
    lacks(text, |_s, _t, c| c == "138");
}

#[test]
fn round_seven_reporters_owners_and_counts() {
    // "they" right after "police said" is the police; police no sentence places are of the
    // story's first country, not of the one just named.
    let text = "Kenyan riot police fired tear gas at protesters in Nairobi. British Foreign Secretary David Lammy urged restraint. Police said they had arrested twelve people.";
    has(text, "KENCOP", "KEN", "173");
    lacks(text, |s, _t, _c| s.starts_with("GBRCOP"));
    // "the city's authorities" are of the city named before, not of the sentence's subject.
    has(
        "Riot police clashed with protesters in Minsk. Polish Prime Minister Donald Tusk urged the city's authorities to show restraint.",
        "POLGOV",
        "BLRGOV",
        "02",
    );
    // A count before "of" does not hide the conjunct it belongs to.
    has(
        "Saudi Arabia and three of its Arab allies cut diplomatic ties with Qatar.",
        "SAU",
        "QAT",
        "161",
    );
}

#[test]
fn round_seven_appeals_aim_at_who_is_urged() {
    // Who is urged to act is the target, even when whom the act is for names an actor; a
    // naming verb before "and" passes its subject on.
    let text = "Al-Shabaab fighters abducted three Kenyan aid workers in Dadaab. UN Secretary-General Antonio Guterres called the abduction a crime and urged the militants to free the Kenyan aid workers.";
    has(text, "IGOUNO", "SOMREB", "0253");
    lacks(text, |s, t, c| {
        s == "IGOUNO" && t.starts_with("KEN") && c == "0253"
    });
}

#[test]
fn round_seven_caused_acts_capitals_and_claims() {
    // What another was prompted to do was done; "the hanging" stands for the execution.
    let text = "Egypt hanged Islamist leader Adel Habara on Thursday. Turkey's parliament passed a motion condemning the hanging, prompting Cairo to summon Turkey's ambassador.";
    has(text, "EGYGOV", "TURGOV", "114");
    // "the capital" is the capital of the country just named.
    has(
        "Protests spread across Iraq. Prime Minister Adel Abdul Mahdi imposed a curfew on the capital.",
        "IRQGOV",
        "IRQ",
        "1723",
    );
    // Rights groups and opposition parties with no country are the NGO sector and the
    // story's opposition.
    has(
        "Nigerian police shot dead the sect's leader in Maiduguri. Human rights groups accused the police of killing him.",
        "NGOHRI",
        "NGACOP",
        "112",
    );
    has(
        "Soldiers seized power in Chad. Opposition parties denounced the takeover.",
        "TCDOPP",
        "TCDMIL",
        "111",
    );
    // Nouns joined by "and" before "of X" do not hide X.
    has(
        "Barack Obama praised the courage and dignity of the Tunisian people.",
        "USA",
        "TUN",
        "051",
    );
    // A condemnation of an unnamed attack nobody claims aims at no one.
    let text = "Gunmen killed a mayor in the night. The government condemned the killing.";
    lacks(text, |_s, t, _c| t == "UAF");
    // A participle with its agent right after the actor it describes is a passive.
    has(
        "Tehran freed the 15 British sailors seized by the Revolutionary Guards.",
        "IRNMIL",
        "GBRMIL",
        "17",
    );
    // Not when it describes who backs them.
    let text = "Israeli troops backed by tanks entered Jenin.";
    lacks(text, |_s, _t, c| c == "051");
}

#[test]
fn round_seven_explosions_are_attacks_only_when_told_so() {
    // An explosion may be an accident; with a bomb or an attack named it is one.
    none("A massive explosion tore through the port of Beirut, killing at least 100 people.");
    has(
        "A car bomb explosion tore through a market in Baghdad, killing at least 30 people.",
        "IRQUAF",
        "IRQ",
        "18",
    );
}

#[test]
fn round_seven_claims_hunts_and_followers() {
    // "claimed the attack" is a claim of responsibility; a vow to hunt down the attackers
    // names whoever claimed them.
    let text = "A suicide bomber struck crowds outside Kabul airport, killing 13 U.S. service members. Islamic State claimed the attack. President Joe Biden vowed on Friday to hunt down those responsible.";
    has(text, "IMGMUSISI", "USAMIL", "18");
    has(text, "USAGOV", "IMGMUSISI", "138");
    // Not "claimed the attack was staged", an allegation.
    let text = "Gunmen killed a mayor in Mosul. Moscow claimed the attack was staged.";
    lacks(text, |s, _t, c| s.starts_with("RUS") && c.starts_with("19"));
    // The supporters of an opposition figure are the opposition, and riot when they storm.
    has(
        "Kenyan police arrested opposition leader Raila Odinga on Tuesday. Within hours his supporters stormed the army's headquarters in Nairobi.",
        "KENOPP",
        "KENMIL",
        "145",
    );
}

#[test]
fn round_seven_troops_asylum_and_inquiries() {
    // Troops arriving in another country are sent there (074), not visiting.
    has(
        "U.S. troops landed in Haiti on Monday.",
        "USAMIL",
        "HTI",
        "074",
    );
    // Asylum offered to someone in the gap.
    has(
        "Bolivian President Evo Morales resigned on Sunday. Mexico offered him political asylum.",
        "MEX",
        "BOL",
        "075",
    );
    // An inquiry into "the shootings" is aimed at the shooters.
    has(
        "Police shot dead five protesters in Nairobi. Kenya's interior ministry opened an investigation into the shootings.",
        "KENGOV",
        "KENCOP",
        "09",
    );
}

#[test]
fn round_seven_possessed_objects_stand_for_their_owner() {
    // "demanded his resignation": the act owned by someone named before, not the subject.
    has(
        "Armenian Prime Minister Serzh Sargsyan met protest leaders in Yerevan. Thousands of Armenian protesters demanded his resignation.",
        "ARMCVL",
        "ARMGOV",
        "10",
    );
    // Not when the phrase names its own doer, or is the owner's country.
    let text = "Jailed Bahraini activist Nabeel Rajab went on hunger strike to protest against his treatment by the Bahraini authorities.";
    has(text, "BHR", "BHRGOV", "14");
    // "the country's chief justice" in a story's first sentence is of the country it names.
    has(
        "Maldivian police arrested the country's chief justice on Monday.",
        "MDVCOP",
        "MDVJUD",
        "173",
    );
}

#[test]
fn round_seven_members_and_modifier_objects() {
    // "its members" of an armed group are the group.
    has(
        "Nigerian troops shelled a compound of Boko Haram in Maiduguri. The fighting began when its members attacked police stations.",
        "NGAREB",
        "NGACOP",
        "19",
    );
    // The subject is found past a participle's object and the place after it.
    let text = "Taliban fighters holding 20 aid workers hostage in a Kabul compound accused the United States of bombing civilians.";
    has(text, "AFGREB", "USA", "112");
    // ("aid workers": a noun modifying another is no act of aid.)
    lacks(text, |_s, _t, c| c.starts_with("07"));
}

#[test]
fn round_seven_rebels_without_a_country() {
    // Rebels with no country of their own are the armed group named before.
    has(
        "Seleka rebels seized Bangui on Sunday. The African Union imposed sanctions on seven rebel leaders.",
        "IGOAFRAFU",
        "CAFREB",
        "163",
    );
    // With none, the country named before them in the sentence, not where it happens.
    let text = "Sudan's government and southern rebels signed a peace agreement in Nairobi.";
    has(text, "SDNGOV", "SDNREB", "057");
    lacks(text, |s, t, _c| {
        s.starts_with("KEN") || t.starts_with("KEN")
    });
}

#[test]
fn round_seven_two_clauses_two_acts() {
    // Two clauses with subjects of their own are two acts, even of one root.
    let text = "Hong Kong police arrested media tycoon Jimmy Lai on Monday, and some 200 officers raided the newsroom of his Apple Daily newspaper.";
    has(text, "HKGCOP", "HKG", "173");
    has(text, "HKGCOP", "HKG", "171");
}

#[test]
fn round_eight_titled_people_of_no_country() {
    // A titled person no dictionary holds, given no country, serves where the story is set;
    // an unknown past form before a name is a verb, so the title's phrase ends before it.
    let text = "Rioters looted shops in Nuku'alofa, Tonga, on Thursday. Prime Minister Sione Fifita confronted Vaka Lolo in a hallway and asked Canberra and Wellington for help.";
    has(text, "TONGOV", "AUSGOV", "02");
    has(text, "TONGOV", "NZLGOV", "02");
    // A named army chief with no country serves the country where the sentence happens, and
    // the name is his later on.
    let text = "The army chief, General Tomas Quispe, led soldiers into the main square in La Paz on Wednesday. Within hours Quispe had been arrested by police.";
    has(text, "BOLCOP", "BOLMIL", "173");
}

#[test]
fn round_eight_passive_subject_with_apposition() {
    // "X, Y, was attacked by Z": an apposition closed by a comma before the auxiliary.
    has(
        "Latvia's ambassador, Ilze Berzina, was attacked by protesters outside the embassy in Minsk.",
        "BLRCVL",
        "LVAGOV",
        "14",
    );
    // A participle clause after a comma and an adverb keeps the main clause's subject.
    let text = "A suicide bomber from the Tamil Tigers blew himself up in Colombo, seriously wounding the navy commander, Admiral Ravi Perera, and killing six sailors.";
    lacks(text, |s, _t, _c| s.starts_with("LKAMIL"));
}

#[test]
fn round_eight_them_is_not_its_clause_subject() {
    // An object "them" does not stand for its own clause's subject; a plural head after a
    // name ("NATO peacekeepers") can be what it stands for.
    let text = "About 40 NATO peacekeepers were hurt in Mitrovica when Serb protesters pelted them with stones.";
    has(text, "SRBCVL", "IGOWSTNAT", "14");
    lacks(text, |s, t, _c| s == t);
}

#[test]
fn round_eight_the_attackers_are_who_attacked() {
    // "The attackers" stand for whoever carried out the attack told before, not for troops
    // that fought back.
    let text = "Gunmen from al Shabaab stormed a hotel in Mogadishu on Friday. Somali soldiers shelled the militants' positions. Police later killed four of the attackers.";
    has(text, "SOMMIL", "SOMREB", "19");
    has(text, "SOMCOP", "SOMREB", "19");
    lacks(text, |s, t, _c| {
        s.starts_with("SOMCOP") && t.starts_with("SOMMIL")
    });
    // Counted people of a role belong to the body of that role named before them in the
    // sentence.
    has(
        "Serb gunmen ambushed a Kosovo police patrol near Zubin Potok, killing two officers.",
        "SRBUAF",
        "KSVCOP",
        "19",
    );
    lacks(
        "Serb gunmen ambushed a Kosovo police patrol near Zubin Potok, killing two officers.",
        |_s, t, _c| t == "SRBCOP",
    );
}

#[test]
fn round_eight_kosovo_places_are_ksv() {
    // Regression: the gazetteer gave Kosovo's places GeoNames's XKX, so police placed by a
    // Kosovo town were XKXCOP, a code no dictionary or gold set uses.
    let text =
        "Police in Zubin Potok arrested two men after gunmen opened fire on a police patrol.";
    lacks(text, |s, t, _c| {
        s.starts_with("XKX") || t.starts_with("XKX")
    });
    has(text, "KSVUAF", "KSVCOP", "19");
}

#[test]
fn round_eight_reduced_passive_subjects_and_counted_pronouns() {
    // A participle with its agent after a clause's subject is a passive too.
    has(
        "The prosecutor said that 14 Albanian citizens detained by police in Podgorica had planned the attack.",
        "MNECOP",
        "ALBCVL",
        "173",
    );
    // "13 of them" after a verb joined to one with its own subject: not that subject.
    let text = "Masked gunmen burst into a radio station in Quito on Tuesday before police stormed the building and arrested 11 of them.";
    has(text, "ECUCOP", "ECUUAF", "173");
    lacks(text, |s, t, _c| s == t);
}

#[test]
fn round_eight_snipers_gangs_and_killings_after_attacks() {
    // A sniper is an unidentified armed attacker; a crime gang no country is given for is
    // of where the sentence happens.
    let text = "Deputy Prime Minister Goran Pavic was shot dead by a sniper outside parliament in Zagreb, and the government blamed an organised crime gang for the killing.";
    has(text, "HRVUAF", "HRVGOV", "19");
    has(text, "HRVGOV", "HRVCRM", "112");
    // A participle of violence after an attack carries on that attack's clause, even in a
    // subordinate clause.
    let text = "The president resigned on Friday, a day after gunmen opened fire on an opposition rally in Managua, killing at least nine people.";
    // (The rally's people and those killed are one assault on Nicaraguans since round 10,
    // coded once, on the first telling's target.)
    has(text, "NICUAF", "NIC", "19");
    lacks(text, |s, _t, c| s == "NICGOV" && c.starts_with("19"));
}

#[test]
fn round_eight_they_after_a_placed_reporter() {
    // "X in Y said they ...": "they" is the reporter, not its place.
    let text = "Chechen rebels in Georgia said they shot down a Russian helicopter.";
    has(text, "RUSREB", "RUS", "19");
    lacks(text, |s, _t, _c| s.starts_with("GEO"));
}

#[test]
fn round_eight_shot_dead_led_by_and_suspensions() {
    // "shot dead X": "dead" is no part of the object.
    has(
        "Israeli troops shot dead a Palestinian gunman in Jenin.",
        "ISRMIL",
        "PSE",
        "19",
    );
    // ", backed by X," between the subject and its verb is skipped back to the subject.
    let text =
        "Hezbollah, backed by Iranian President Mahmoud Ahmadinejad, attacked Israeli troops near the border.";
    has(text, "LBN", "ISRMIL", "19");
    lacks(text, |s, _t, _c| s.starts_with("IRN"));
    // A body suspends the member named right after the verb.
    has(
        "The African Union suspended Mali on Friday after the coup.",
        "IGOAFRAFU",
        "MLI",
        "16",
    );
}

#[test]
fn round_eight_condemned_acts_named_by_their_nouns() {
    // "the assassination" stands for whoever did the killing told before.
    has(
        "Renegade soldiers shot dead the president of Guinea-Bissau at his home in Bissau on Monday. The African Union condemned the assassination.",
        "IGOAFRAFU",
        "GNBMIL",
        "111",
    );
    // "called the raid deplorable" denounces the raid's author.
    has(
        "French commandos stormed a Greenpeace ship near Mururoa atoll. New Zealand's foreign minister called the raid deplorable.",
        "NZLGOV",
        "FRAMIL",
        "111",
    );
}

#[test]
fn round_eight_admitted_responsibility_and_named_people() {
    // "admitted responsibility" is a claim: a condemnation of the unnamed gunman's killing
    // goes to the group that admits it.
    let text = "A journalist was shot dead in Derry on Thursday when a gunman opened fire on police officers. Irish Prime Minister Leo Varadkar condemned the killing. On Tuesday the New IRA admitted responsibility.";
    has(text, "IRLGOV", "GBRREB", "111");
    // A man named in apposition, with no country given, is a civilian of the story's
    // country; a hyphenated count does not split his phrase.
    has(
        "A former prime minister was shot at a rally in Nara, Japan. Police arrested a 41-year-old man, Kenji Sato, at the scene.",
        "JPNCOP",
        "JPNCVL",
        "173",
    );
    // A participle describing an apposition is no clause: the verb joined after it keeps
    // the main subject.
    let text = "Police blamed the New IRA, a dissident group opposed to the peace process, and arrested two teenagers in Derry.";
    has(text, "GBRCOP", "GBRCVL", "173");
    lacks(text, |s, _t, c| {
        !s.starts_with("GBRCOP") && c.starts_with("17")
    });
}

#[test]
fn round_eight_apposed_subjects_and_vows_to_pursue() {
    // ", and X, <apposition>, called": X opens a clause; it is no second object.
    let text = "The African Union condemned the attack on the palace in Bissau, and Portugal, the former colonial power, called for calm.";
    lacks(text, |s, t, c| {
        s == "IGOAFRAFU" && t.starts_with("PRT") && c.starts_with("11")
    });
    // A vow to pursue those who attacked is a threat of force.
    has(
        "Suicide bombers struck three hotels in Amman, killing 57 people. Al Qaeda in Iraq claimed responsibility. King Abdullah vowed to pursue the militants.",
        "JORGOV",
        "IMG",
        "138",
    );
    // Suspects detained by the police are civilians of where it happens.
    has(
        "Jordanian security forces detained dozens of suspects in Amman.",
        "JORCOP",
        "JORCVL",
        "173",
    );
}

#[test]
fn round_eight_recalled_envoys_and_cleared_crowds() {
    // An envoy recalled with no country named is recalled from the one relations were just
    // cut with; the object of the clause before "and" is no part of the next subject.
    let text = "On Saturday Uruguay withdrew its ambassador from Asuncion and Brazil recalled its envoy for consultations.";
    has(text, "URY", "PRYGOV", "161");
    has(text, "BRA", "PRYGOV", "161");
    lacks(text, |s, t, _c| {
        s.starts_with("PRY") || t.starts_with("BRA")
    });
    // Riot police clearing protesters repress them; a court clearing a man acquits him.
    has(
        "Riot police in Bangkok cleared the protesters who had camped outside Government House.",
        "THACOP",
        "THACVL",
        "175",
    );
    lacks(
        "A court in Bangkok cleared the former prime minister of corruption charges.",
        |_s, _t, c| c.starts_with("17"),
    );
}

#[test]
fn round_eight_places_described_by_nationality() {
    // "the Mozambican town of Palma" is in Mozambique whatever town of that name the
    // gazetteer knows; "last Wednesday" is no part of the place.
    let text = "Islamist insurgents attacked the northern Mozambican town of Palma last Wednesday, killing dozens of residents.";
    has(text, "MOZ", "MOZCVL", "19");
    lacks(text, |s, t, _c| {
        s.starts_with("ESP") || t.starts_with("ESP")
    });
    // People called by an ethnic name are of the country named before them, not of a place
    // told later in the sentence.
    let text = "The Sri Lankan government freed about 300 Tamil detainees on Monday, ahead of peace talks due to open in Thailand next month.";
    has(text, "LKAGOV", "LKACVL", "08");
    lacks(text, |_s, t, _c| t.starts_with("THA"));
}

#[test]
fn round_eight_it_and_the_story_country() {
    // An object "it" is none of its clause's subjects and no place.
    let text = "The Venezuelan president's plane was forced to land in Lisbon after France, Spain and Italy refused it permission to cross their airspace.";
    has(text, "FRA", "VENGOV", "12");
    lacks(text, |_s, t, _c| matches!(t, "ESP" | "ITA" | "FRA" | "PRT"));
    // A titled person no dictionary holds serves the country the story is most about, not
    // merely the first one it names.
    let text = "Australia and New Zealand sent police to Tonga after Tongan rioters burned shops and attacked Tongan police. Prime Minister Sione Fifita had asked Canberra for help.";
    has(text, "TONGOV", "AUSGOV", "02");
    lacks(text, |s, _t, c| s == "AUSGOV" && c.starts_with("02"));
}

#[test]
fn round_eight_small_towns_abroad_and_foreign_gunmen() {
    // A small town the gazetteer knows only abroad is taken for a namesake when the story
    // names other countries; civilians harmed by another country's armed men are of the
    // country the story is about.
    let text = "Malian troops and Russian mercenaries executed about 300 civilians in the central town of Moura, Human Rights Watch said. Malian officials denied the report.";
    lacks(text, |s, t, _c| {
        s.starts_with("PRT") || t.starts_with("PRT")
    });
    has(text, "RUS", "MLICVL", "18");
}

#[test]
fn round_eight_martial_law_and_curfews_on_the_states_own_people() {
    // Martial law, a state of emergency or a curfew that names no one is imposed on the
    // state's own people.
    let text = "Thai Prime Minister Samak Sundaravej declared a state of emergency in the capital on Tuesday. The government also imposed a night curfew.";
    has(text, "THAGOV", "THA", "1724");
    has(text, "THAGOV", "THACVL", "1723");
    has(
        "President Ferdinand Marcos declared martial law on Thursday.",
        "PHLGOV",
        "PHLCVL",
        "1724",
    );
}

#[test]
fn regression_a_place_set_off_by_commas_is_no_subject() {
    // Round 8's "X, Y, was attacked" subject rule first took the place in "a conference in
    // Doha, Qatar, will help" for the subject of "help" (seen on the seed article with the
    // Phoenix dictionaries loaded).
    none(
        "The State Department hopes a conference in Doha, Qatar, will help the Afghan government.",
    );
}

#[test]
fn regression_review_of_round_eight() {
    // Two states imposing curfews each impose them on their own people only.
    let text = "Thailand and Cambodia imposed curfews along their border on Friday.";
    lacks(text, |s, t, c| {
        c.starts_with("172") && s.get(..3) != t.get(..3) && !t.is_empty()
    });
    // A killing after another clause's verb is not the first attacker's.
    let text = "Rebels attacked the town of Goma on Monday, and the Congolese army responded on Tuesday, killing 20 fighters.";
    has(text, "CODMIL", "COD", "19");
    // "Police accepted responsibility for the security failures" claims no attack.
    let text = "Gunmen opened fire on a bus in Peshawar on Monday, killing nine people. Police accepted responsibility for the security failures.";
    lacks(text, |s, _t, c| {
        s.starts_with("PAKCOP") && c.starts_with("19")
    });
}

#[test]
fn round_nine_a_capital_that_qualifies_a_site_is_a_place() {
    // "Bangkok's airport" is where the protesters were, not the Thai government; it sets the
    // sentence in Thailand, so the protesters are Thai.
    let text = "Thousands of protesters stormed Bangkok's main airport on Tuesday, forcing the authorities to halt all flights.";
    lacks(text, |_s, t, _c| t == "THAGOV");
    has(text, "THACVL", "", "");
    // A capital standing alone still speaks for its government.
    has(
        "Bangkok accused Phnom Penh of shelling a temple on Friday.",
        "THAGOV",
        "KHMGOV",
        "112",
    );
}

#[test]
fn round_nine_a_place_before_which_is_not_the_doer() {
    // "bombings in Makassar, which killed": the bombings killed, not the city.
    let text = "Police arrested a student in Surabaya on Friday over the church bombings in Makassar, which killed 40 people.";
    lacks(text, |s, _t, c| {
        s.starts_with("IDN") && !s.ends_with("UAF") && c.starts_with("19")
    });
    has(text, "IDNUAF", "IDNCVL", "19");
}

#[test]
fn round_nine_naming_with_blame() {
    // The adjective the chunker took into the object, and blame behind a quotation mark.
    let text =
        "Britain expelled four Russian diplomats on Monday. Moscow called the expulsions immoral.";
    has(text, "RUSGOV", "GBR", "111");
    let text = "North Korea fired a ballistic missile over Japan on Monday. South Korea and the United States condemned the launch.";
    has(text, "KOR", "PRK", "111");
    has(text, "USA", "PRK", "111");
    let text = "A North Korean submarine sank the South Korean warship Cheonan in March. The White House called the sinking an act of aggression.";
    has(text, "USAGOV", "PRK", "11");
}

#[test]
fn round_nine_roles_take_the_story_country() {
    // "in downtown Seattle" sets the sentence in the United States, so the police are its.
    has(
        "Police fired tear gas and rubber bullets at protesters in downtown Seattle on Tuesday.",
        "USACOP",
        "USACVL",
        "17",
    );
    // Bare soldiers as their clause's subject serve where the story is set.
    let text = "Rebels seized the town of Kidal in northern Mali on Monday. Soldiers fired on the rebels the next day.";
    has(text, "MLIMIL", "MLIREB", "19");
    // Bare officers after soldiers, with no police named, are the army's.
    let text = "Mutinous soldiers seized the state broadcaster in Ouagadougou on Monday. The officers said they had detained President Roch Kabore.";
    has(text, "BFAMIL", "BFAGOV", "173");
    lacks(text, |s, _t, _c| s.ends_with("COP"));
}

#[test]
fn round_nine_things_of_a_country_and_groups_named_by_their_leader() {
    // Flags are no actor: the soldiers are still Burkina Faso's.
    let text = "Mutinous soldiers detained President Roch Kabore in Ouagadougou on Monday. Hundreds of people rallied in the capital, some of them waving Russian flags. ECOWAS held the soldiers responsible for his safety.";
    has(text, "IGOWAFWAS", "BFAMIL", "112");
    lacks(text, |s, t, _c| {
        s.starts_with("RUS") || t.starts_with("RUS")
    });
    // "The group", referring to its leader, is a group: "its commanders" are its own.
    let text = "The army drove the rebels from their strongholds near the Ugandan border on Monday. M23 leader Bertrand Bisimwa said the group would pursue its goals through political means and asked its commanders to prepare for disarmament.";
    lacks(text, |_s, t, _c| t.starts_with("UGA"));
}

#[test]
fn round_nine_own_envoys_gerunds_and_pairs() {
    // "sent a special envoy to meet": the envoy is the sender's own, not its target.
    let text = "Police clashed with protesters in Male on Monday. India sent a special envoy to meet both sides.";
    lacks(text, |s, t, _c| s == "IND" && t == "INDGOV");
    // A gerund after a preposition is no main clause: "accusing" is Peru's, not Morales's.
    has(
        "Peru barred former Bolivian President Evo Morales from entering the country, accusing him of stirring up the unrest.",
        "PER",
        "BOLELI",
        "112",
    );
    // Two countries' actors opening a sentence are the pair "both sides" stands for.
    let text = "Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon, who were both at a summit in Samarkand, agreed to pull back troops. Moscow urged both sides to talk.";
    has(text, "RUSGOV", "KGZGOV", "02");
    has(text, "RUSGOV", "TJKGOV", "02");
    // Two speakers in the same sentence are no such pair.
    none("The United Arab Emirates and Jordan condemned the killing, and EU foreign policy chief Josep Borrell urged both sides to exercise restraint.");
}

#[test]
fn round_nine_saying_another_did_it_and_denying_it() {
    // "said Iran was responsible for the attacks" accuses Iran; the denial that follows
    // answers it even when the denier accuses someone in the next clause.
    let text = "Two tankers were struck by explosions in the Gulf of Oman on Thursday. U.S. Secretary of State Mike Pompeo said Iran was responsible for the attacks. Tehran denied any involvement and accused Washington of waging a campaign of lies.";
    has(text, "USAGOV", "IRN", "112");
    has(text, "IRNGOV", "USAGOV", "016");
    // Saying is not accusing when nothing is laid at anyone's door.
    none("The foreign minister said Iran was ready for talks.");
}

#[test]
fn round_nine_buildings_seized() {
    // Government buildings stand for the government, and seizing them is no hostage-taking;
    // protesters who seize them riot.
    let text = "Houthi rebels seized government buildings in Sanaa on Sunday.";
    has(text, "YEMREB", "YEMGOV", "17");
    lacks(text, |_s, _t, c| c == "181");
    has(
        "Militants seized 52 embassy staff in Tehran.",
        "IRN",
        "IRNGOV",
        "181",
    );
    has(
        "Protesters seized government buildings in the Kyrgyz capital Bishkek overnight.",
        "KGZCVL",
        "KGZGOV",
        "145",
    );
    // Soldiers opening a clause after "until" serve the story's country.
    let text = "Police officers angry over pay cuts took over barracks in Quito on Thursday. They held the president in a hospital for ten hours until soldiers stormed the building and fought the officers.";
    has(text, "ECUMIL", "ECUCOP", "19");
}

#[test]
fn round_nine_a_where_clause_is_no_main_clause() {
    // The killing is the security forces', not the deposed president's supporters'.
    let text = "Egyptian security forces stormed two protest camps in Cairo on Wednesday where supporters of deposed President Mohamed Morsi had been staying, killing hundreds of people.";
    // (Forces storming protest camps repress a crowd of dissent: 175 since round 10.)
    has(text, "EGYCOP", "EGYCVL", "175");
    lacks(text, |s, _t, c| {
        s == "EGYGOV" && (c.starts_with("19") || c.starts_with("17"))
    });
}

#[test]
fn round_nine_the_use_of_force() {
    // "the excessive use of force" stands for whoever used force just before.
    let text = "Riot police beat protesters with truncheons in Kiev on Saturday. EU foreign policy chief Catherine Ashton condemned the excessive use of force.";
    has(text, "IGOEUREEC", "UKRCOP", "111");
}

#[test]
fn round_nine_more_role_words() {
    // Vandals and looters are civilians, mutineers soldiers, Uighurs a community.
    let text = "Protesters smashed shop windows in Toronto on Saturday. Prime Minister Stephen Harper condemned the vandals as thugs.";
    has(text, "CANGOV", "CANCVL", "11");
    let text = "About 300 Filipino soldiers seized a hotel in Manila on Sunday. The mutineers accused the government of selling arms to rebels.";
    has(text, "PHLMIL", "PHLGOV", "112");
    let text = "Chinese police detained 1,400 people in Urumqi on Tuesday. Thousands of Uighurs clashed with police in the city.";
    has(text, "CHNCVL", "CHNCOP", "");
}

#[test]
fn round_nine_the_suspect() {
    // "the suspect" after an attack is the attacker.
    let text = "A 60-year-old man shot and wounded Prime Minister Robert Fico in the Slovak town of Zilina on Friday. Police arrested the suspect at the scene.";
    has(text, "SVKCOP", "SVKCVL", "173");
}

#[test]
fn round_nine_sisi_was_army_chief_before_he_was_president() {
    // No title in the text: the document's date chooses the code.
    let source = |date: &str| -> Vec<String> {
        code_on("Sisi removed Morsi from power on Wednesday.", date)
            .into_iter()
            .filter_map(|e| e.source.map(|s| s.code))
            .collect()
    };
    assert_eq!(source("2013-07-04"), ["EGYMIL"]);
    assert_eq!(source("2015-07-04"), ["EGYGOV"]);
}

#[test]
fn round_nine_the_violence() {
    // "condemned the violence" is aimed at whoever used force just before.
    let text = "Sudanese security forces stormed a protest camp in Khartoum on Monday, firing live ammunition at demonstrators. The African Union condemned the violence.";
    has(text, "IGOAFRAFU", "SDN", "111");
    // "called the rioting criminality" is aimed at the rioters.
    let text = "Rioters set fire to shops and hurled bricks at police officers in Croydon on Monday. Prime Minister David Cameron called the rioting 'criminality, pure and simple'.";
    has(text, "GBRGOV", "GBRCVL", "111");
}

#[test]
fn round_nine_annulled_votes_and_named_crooks() {
    // A court annulling a victory sanctions its winner; the verdict then stands for the
    // court, and saying the judges are crooks criticises them.
    let text = "Kenya's Supreme Court annulled President Uhuru Kenyatta's election victory on Friday. Opposition leader Raila Odinga hailed the verdict. Kenyatta said the judges were crooks.";
    has(text, "KENJUD", "KENGOV", "172");
    has(text, "KENOPP", "KENJUD", "051");
    has(text, "KENGOV", "KENJUD", "111");
}

#[test]
fn regression_review_of_round_nine() {
    // A palace seized is no hostage, whatever word names it.
    lacks(
        "Rebels seized the presidential palace in Bangui on Sunday.",
        |_s, _t, c| c == "181" || c == "173",
    );
    // Students occupying a square stage a sit-in, not a riot.
    lacks(
        "Students occupied the main square in Belgrade on Monday.",
        |_s, _t, c| c == "145",
    );
    // Being responsible for people's welfare is a duty, not a charge.
    none("The UN said Israel was responsible for the welfare of civilians in Gaza.");
    // Co-accusers are no pair when the act between the two sides is as recent.
    let text = "The United States and Britain accused Iran of seizing the tanker. The UN urged both sides to show restraint.";
    has(text, "IGOUNO", "IRN", "02");
    lacks(text, |s, t, _c| s == "IGOUNO" && t == "GBR");
    // The use of force by named police names its own party.
    lacks(
        "Protesters marched in Tbilisi on Monday. The EU condemned the use of force by Georgian police.",
        |_s, t, _c| t == "GEOCVL",
    );
}

#[test]
fn round_nine_pro_government_militias_are_the_states() {
    // Militias fighting for a government are its forces, not unidentified armed men.
    let text = "Pro-government militias and riot police attacked students at a university in Managua on Friday.";
    has(text, "NICMIL", "NICEDU", "");
    lacks(text, |s, _t, _c| s.ends_with("UAF"));
}

#[test]
fn round_nine_armed_men_loyal_to_an_actor() {
    // Soldiers loyal to the opposition serve its country.
    let text = "Venezuelan opposition figure Leopoldo Lopez, who had been under house arrest, said on Tuesday that he had been freed by soldiers loyal to the opposition.";
    has(text, "VENMIL", "VENOPP", "084");
}

#[test]
fn round_nine_a_finding_of_an_attack_accuses() {
    // Investigators concluding that another actor attacked accuse it; the denial answers them.
    let text = "A South Korean-led team of investigators concluded on Thursday that a North Korean submarine sank a South Korean warship in March. North Korea's National Defence Commission denied any involvement.";
    has(text, "KOR", "PRK", "112");
    has(text, "PRKGOV", "KOR", "016");
    // Concluding talks is no accusation.
    none("The two sides concluded talks in Geneva on Thursday.");
}

#[test]
fn round_ten_riot_control_weapons_are_repression() {
    // Tear gas with a second weapon before "at" is still violent repression, not force.
    let text = "Riot police fired tear gas and pepper spray at students outside the parliament in Caracas on Monday.";
    has(text, "VENCOP", "VENEDU", "175");
    lacks(text, |_s, _t, c| c.starts_with("19"));
    // With no one named, tear gas is aimed at the crowd told just before.
    let text = "Thousands of protesters marched on the presidential palace in Lima on Friday. Police fired tear gas and water cannon.";
    has(text, "PERCOP", "PERCVL", "175");
    // A crowd that attacks riots (145).
    let text = "An angry crowd attacked the police station in the Nigerian city of Kano on Monday.";
    has(text, "NGACVL", "NGA", "145");
}

#[test]
fn round_ten_a_shared_small_place_name_is_no_place() {
    // "Chinatown" is in several countries, none of them the story's: no American actor.
    let text = "Rioters in Honiara set fire to shops in Chinatown on Thursday, defying a lockdown ordered by the government of the Solomon Islands.";
    lacks(text, |s, t, _c| {
        s.starts_with("USA") || t.starts_with("USA")
    });
}

#[test]
fn round_ten_an_act_named_later_in_its_own_sentence() {
    // "condemned the raid" after the raid in the same sentence: the raider is condemned.
    let text = "Ethiopian troops raided a refugee camp in eastern Sudan on Monday, and Khartoum condemned the raid.";
    has(text, "SDNGOV", "ETHMIL", "111");
    // Calling an act a stab in the back, or people unpatriotic, is criticism, not a call.
    let text = "Indian troops shelled a Pakistani border post on Sunday, and Islamabad called the shelling a stab in the back.";
    has(text, "PAKGOV", "IND", "111");
    let text = "Thousands of protesters marched in Dhaka on Friday. The interior minister called the protesters unpatriotic.";
    has(text, "BGDGOV", "BGDCVL", "111");
    lacks(text, |_s, _t, c| c == "041");
}

#[test]
fn round_ten_a_relative_clause_whose_object_is_the_act() {
    // "a move that X and Y denounced": both denounce whoever made the move.
    let text = "China banned imports of Australian and Canadian beef on Monday, a move that Canberra and Ottawa denounced as economic coercion.";
    has(text, "AUSGOV", "CHN", "111");
    has(text, "CANGOV", "CHN", "111");
    // "in a crackdown that the opposition condemned": the crackdown's doer.
    let text = "Soldiers opened fire on striking miners in the Bolivian town of Oruro on Friday, killing four, in a crackdown that the opposition condemned.";
    has(text, "BOLOPP", "BOLMIL", "111");
}

#[test]
fn round_ten_based_in_a_country_and_called_for_to() {
    // "Pakistan-based" groups are Pakistan's, not those of the country just named.
    let text = "India blamed the bombing on Pakistan-based militant groups on Friday.";
    has(text, "IND", "PAK", "112");
    lacks(text, |_s, t, _c| t.starts_with("IND"));
    // "called for X to withdraw": X is to withdraw; the caller withdraws nothing.
    let text = "The African Union called for Sudan and South Sudan to withdraw their troops from the disputed border town.";
    has(text, "IGO", "SDN", "");
    lacks(text, |s, _t, c| s.starts_with("IGO") && c.starts_with("08"));
    // "rejected the resolution" after the body that adopted it, in the same sentence.
    let text = "The Arab League called on Friday for Israel to halt settlement building, but Prime Minister Benjamin Netanyahu rejected the resolution.";
    has(text, "ISRGOV", "IGO", "12");
}

#[test]
fn round_ten_denials_told_in_a_clause_and_rejected_protests() {
    // "denied that its jets had crossed": a denial answering the accusation before it.
    let text = "Azerbaijan accused Armenia on Monday of shelling villages near the border, and the Armenian Defence Ministry flatly denied that its artillery had fired.";
    has(text, "ARM", "AZE", "016");
    let text = "Nigeria accused Cameroonian troops of killing six fishermen. The troops denied opening fire on anyone.";
    has(text, "CMRMIL", "NGA", "016");
    // A protest handed over and rejected: the rejection answers whoever protested.
    let text = "Japan lodged a protest with China over the ship collision on Friday. Beijing rejected the protest.";
    has(text, "CHNGOV", "JPN", "12");
}

#[test]
fn round_ten_state_forces_firing_on_a_crowd_repress_it() {
    // Police firing on opposition supporters at a protest is repression (175), and the
    // killing told after it is the same act, coded once.
    let text = "Police opened fire on opposition supporters at a rally in the Zambian town of Kitwe on Saturday, killing at least five people.";
    has(text, "ZMBCOP", "ZMBOPP", "175");
    let got = triples(text);
    assert_eq!(got.len(), 1, "{got:?}");
    // Soldiers fighting rebels stay a military engagement.
    has(
        "Soldiers fought rebels near the Congolese town of Beni on Monday, killing 12.",
        "CODMIL",
        "CODREB",
        "19",
    );
}

#[test]
fn round_ten_places_described_by_a_port_or_an_island() {
    // "the Yemeni port of Aden" sets the sentence in Yemen: the bombers are Yemen's.
    let text = "Suicide bombers rammed a boat into a U.S. Navy destroyer in the Yemeni port of Aden on Thursday, killing 17 American sailors.";
    has(text, "YEMUAF", "USAMIL", "18");
    // "the Zanzibar island of Pemba": Tanzania, not Mozambique's town of Pemba.
    let text = "Soldiers opened fire on protesters on the Zanzibar island of Pemba on Saturday.";
    has(text, "TZAMIL", "TZACVL", "175");
}

#[test]
fn round_ten_called_on_someone_to_step_down() {
    // "on" right after "called" is the pattern's own word, not a place before the target.
    has(
        "Thai opposition leaders called on Prime Minister Thaksin Shinawatra to step down on Sunday.",
        "THA",
        "THA",
        "0241",
    );
}

#[test]
fn round_ten_crowds_demanding_a_resignation() {
    // The participle after "in Bratislava" is the protesters', and a crowd demanding the
    // government's resignation demonstrates for a change in leadership (1411).
    let text = "Thousands of protesters held rallies in Bratislava demanding the government's resignation.";
    has(text, "SVKCVL", "SVKGOV", "1411");
    lacks(text, |s, _t, _c| s == "SVK");
    // What a march is held to demand is demanded; what a crowd gathers to defend is not done.
    let text = "Thousands of students marched in Dhaka to demand the resignation of Prime Minister Sheikh Hasina.";
    has(text, "BGD", "BGDGOV", "1411");
    // The opposition demanding it asks for it (1041).
    has(
        "The opposition in Slovakia called for the prime minister's resignation.",
        "SVKOPP",
        "SVKGOV",
        "1041",
    );
}

#[test]
fn round_ten_slogans_solidarity_and_explanations() {
    // The one sent a message of support stands between the verb and the message.
    has(
        "Japan's prime minister sent Tsai Ing-wen a message of support.",
        "JPNGOV",
        "TWN",
        "051",
    );
    has(
        "Students chanted slogans against President Robert Mugabe in Harare on Monday.",
        "ZWE",
        "ZWEGOV",
        "141",
    );
    has(
        "Canada said it stood shoulder to shoulder with Ukraine.",
        "CAN",
        "UKR",
        "051",
    );
    has(
        "The State Department was seeking an explanation from Belarus.",
        "USAGOV",
        "BLR",
        "100",
    );
}

#[test]
fn round_ten_refusing_what_was_demanded() {
    // A refusal naming no one answers the latest demand on the refuser.
    let text = "Thousands of protesters demanded the resignation of President Alexander Lukashenko in Minsk. Lukashenko refused to resign.";
    has(text, "BLRGOV", "BLRCVL", "1231");
    let text = "Seoul demanded an apology from Tokyo on Monday. Japan refused to apologise.";
    has(text, "JPN", "KORGOV", "120");
    // No demand before: no refusal event.
    none("The president said on Monday that he would not resign.");
    // An appeal in an earlier clause is the demand answered, not a guard against it.
    let text = "Belarusian protesters urged President Alexander Lukashenko to step down, but he refused to resign.";
    has(text, "BLRGOV", "BLRCVL", "1231");
}

#[test]
fn round_ten_flights_banned_and_eta() {
    has(
        "Russia banned flights to Georgia on Friday.",
        "RUS",
        "GEO",
        "16",
    );
    has(
        "Spain suspended the dialogue with ETA on Saturday.",
        "ESP",
        "ESPREB",
        "164",
    );
}

#[test]
fn regression_quotation_mark_before_a_word() {
    // Bug: a single quotation mark opening a quote was glued to the word after it ("'a"),
    // like the clitic "'s", so the naming with blame inside the quote went unseen.
    let text = "Indian troops shelled a Pakistani border post on Sunday, and Islamabad called the shelling 'a stab in the back'.";
    has(text, "PAKGOV", "IND", "111");
}

#[test]
fn regression_review_of_round_ten() {
    // Tear gas and an arrest are two acts, not one assault told twice.
    let text =
        "Police fired tear gas at protesters in Harare on Monday and arrested dozens of students.";
    has(text, "ZWECOP", "ZWECVL", "175");
    has(text, "ZWECOP", "ZWE", "173");
    // "in March" is a month, not a march: troops killing villagers stay force (19).
    let text =
        "Soldiers killed five villagers near the Malian town of Gao in March, residents said.";
    lacks(text, |_s, _t, c| c == "175");
    // An attack told as not done names no attacker for "the attack".
    let text = "Israel did not attack Gaza on Monday, and Hamas condemned the attack.";
    lacks(text, |s, t, c| {
        s.starts_with("PSE") && t.starts_with("ISR") && c.starts_with("11")
    });
    // "After the attack X closed ..." is no relative clause with the attack as its object.
    let text = "Militants attacked a police post in Kashmir on Monday. After the attack India closed the border crossing.";
    lacks(text, |s, t, _c| s == "IND" && t == "INDINS");
    // Urging someone not to resign is no refusal.
    let text = "Protesters demanded the resignation of President Mahmoud Abbas. Fatah urged Abbas not to resign.";
    lacks(text, |_s, _t, c| c == "1231");
}

#[test]
fn round_ten_an_envoy_recalled_in_answer() {
    // "recalling her" (the recaller's own envoy) is recalled from whoever acted against the
    // recaller's country just before.
    let text = "Ankara summoned Sweden's ambassador on Monday, and Stockholm responded by recalling her for consultations.";
    has(text, "SWEGOV", "TURGOV", "161");
    lacks(text, |s, t, _c| {
        s.starts_with("SWE") && t.starts_with("SWE")
    });
}

#[test]
fn round_ten_students_who_attack_riot() {
    // The words of a crowd are one list: students stoning an embassy riot (145), as
    // protesters do.
    has(
        "Chinese students hurled stones at the U.S. embassy in Beijing on Saturday.",
        "CHN",
        "USA",
        "145",
    );
}
