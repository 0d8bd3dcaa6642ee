"""The statement stage: a row per quote style, attribution position, channel cue and unmarked form.

Every sentence here is written for these tests. Rows run the whole pipeline
(``defrel.parse``), so speakers come out as the mention stage names them; a
row names a speaker by a word of the name ("Singh" for "Rajnath Singh").
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
import regex

import defrel
from defrel import Channel, StatementKind
from defrel._mentions import find_mentions
from defrel._quotes import find_quotes
from defrel._statements import find_statements
from defrel._text import prepare
from defrel._types import Mentions

D, R = StatementKind.DIRECT, StatementKind.REPORTED
TWEET, STATEMENT, SPEECH = Channel.TWEET, Channel.STATEMENT, Channel.SPEECH
INTERVIEW, UNKNOWN = Channel.INTERVIEW, Channel.UNKNOWN

# (text, [(speaker word or None, first words of the statement, kind, channel or None)])
Want = list[tuple[str | None, str, StatementKind, Channel | None]]
Row = tuple[str, Want]

QUOTE_STYLES: list[Row] = [
    (
        '"We will deepen our defence ties," Defence Minister Rajnath Singh said.',
        [("Singh", "We will deepen", D, UNKNOWN)],
    ),
    (
        "“We will deepen our defence ties,” said Defence Minister Rajnath Singh.",
        [("Singh", "We will deepen", D, UNKNOWN)],
    ),
    (
        "”We will deepen our defence ties,” Defence Minister Rajnath Singh said.",
        [("Singh", "We will deepen", D, UNKNOWN)],
    ),
    (
        "'We will deepen our defence ties,' Defence Minister Rajnath Singh said.",
        [("Singh", "We will deepen", D, UNKNOWN)],
    ),
    (
        "‘We will deepen our defence ties,’ Defence Minister Rajnath Singh said.",
        [("Singh", "We will deepen", D, UNKNOWN)],
    ),
    (
        "«We will deepen our defence ties», Defence Minister Rajnath Singh said.",
        [("Singh", "We will deepen", D, UNKNOWN)],
    ),
    (
        (
            "“We signed two accords today. They will deepen our ties,” Defence Minister Rajnath "
            "Singh said."
        ),
        [("Singh", "We signed two accords today. They will", D, UNKNOWN)],
    ),
    (
        (
            "“We signed two accords today.\n“They will deepen our ties for a decade,” Defence "
            "Minister Rajnath Singh said."
        ),
        [
            ("Singh", "We signed two accords today.", D, UNKNOWN),
            ("Singh", "They will deepen", D, UNKNOWN),
        ],
    ),
    (
        "Defence Minister Rajnath Singh said: “The two navies will train together and share",
        [("Singh", "The two navies will train together and share", D, UNKNOWN)],
    ),
]

ATTRIBUTIONS: list[Row] = [
    (
        (
            "Defence Secretary Ben Wallace arrived in Delhi.\nHe said in a speech:\n"
            "“We will stand with our friends in the region.”\n“And we will do it for a long time.”"
        ),
        [
            ("Wallace", "We will stand", D, SPEECH),
            ("Wallace", "And we will do it", D, SPEECH),
        ],
    ),
    (
        (
            "“We will go far together,” Secretary of Defense Lloyd Austin said. “We will win.\n"
            "“And we will stay in the region for years.”"
        ),
        [
            ("Austin", "We will go far", D, UNKNOWN),
            ("Austin", "And we will stay", D, UNKNOWN),
        ],
    ),
    (
        "Defence Secretary Ben Wallace said: “Our two navies will train together next year.”",
        [("Wallace", "Our two navies", D, UNKNOWN)],
    ),
    (
        (
            "Secretary of Defense Lloyd Austin tweeted, “Great talks with my counterpart in Tokyo "
            "today.”"
        ),
        [("Austin", "Great talks with", D, TWEET)],
    ),
    (
        (
            "Taking it to Twitter, Defence Minister Rajnath Singh wrote, “The "
            "talks covered maritime "
            "security and training.”"
        ),
        [("Singh", "The talks covered", D, TWEET)],
    ),
    (
        (
            "Defence Minister Rajnath Singh met his counterpart on Monday. In "
            "another tweet, he said: "
            "“We discussed many areas of shared interest.”"
        ),
        [("Singh", "We discussed many", D, TWEET)],
    ),
    (
        (
            "“The alliance is stronger than ever,” Secretary of Defense Lloyd Austin tweeted after "
            "the meeting."
        ),
        [("Austin", "The alliance is", D, TWEET)],
    ),
    (
        "“The exercise will be held in the autumn,” according to Defence Minister Rajnath Singh.",
        [("Singh", "The exercise will", D, UNKNOWN)],
    ),
    (
        (
            "“We have agreed on a roadmap,” Defence Minister Rajnath Singh said, "
            "“and it will guide "
            "our work for years.”"
        ),
        [
            ("Singh", "We have agreed", D, UNKNOWN),
            ("Singh", "and it will guide", D, UNKNOWN),
        ],
    ),
    (
        (
            "Defence Minister Rajnath Singh praised the crews of both navies. “They showed great "
            "skill in difficult seas.”"
        ),
        [("Singh", "They showed great", D, UNKNOWN)],
    ),
    (
        (
            "Defence Secretary Ben Wallace arrived in Delhi on Monday. “This visit marks a new "
            "chapter,” he said."
        ),
        [("Wallace", "This visit marks", D, UNKNOWN)],
    ),
    (
        (
            "Defence Secretary Ben Wallace met the press in Delhi. “This visit "
            "marks a new chapter,” "
            "the British minister said."
        ),
        [("Wallace", "This visit marks", D, UNKNOWN)],
    ),
    (
        (
            "Defence Secretary Ben Wallace welcomed the “steady and patient work "
            "of both navies” in "
            "the region."
        ),
        [("Wallace", "steady and patient work", D, UNKNOWN)],
    ),
]

HANDLES: list[Row] = [
    (
        (
            "Secretary of Defense Lloyd Austin (@SecDef) landed in Canberra. “Thank you for "
            "the warm welcome in Canberra,” @SecDef tweeted."
        ),
        [("Austin", "Thank you for", D, TWEET)],
    ),
    (
        "“Thank you for the warm welcome in Canberra,” tweeted @SecDef.",
        [("@SecDef", "Thank you for", D, TWEET)],
    ),
]

CHANNELS: list[Row] = [
    (
        "“Both sides reviewed the progress of joint projects,” the ministry said in a statement.",
        [("Ministry", "Both sides reviewed", D, STATEMENT)],
    ),
    (
        "“The two ministers held productive talks,” the Pentagon said.",
        [("Pentagon", "The two ministers", D, STATEMENT)],
    ),
    (
        (
            "“Our partnership is a force for stability,” Defence Minister Rajnath "
            "Singh said in his "
            "opening remarks."
        ),
        [("Singh", "Our partnership is", D, SPEECH)],
    ),
    (
        "“We are not seeking any confrontation,” Defence Secretary Ben Wallace told the BBC.",
        [("Wallace", "We are not seeking", D, INTERVIEW)],
    ),
    (
        "In an interview, Defence Secretary Ben Wallace said: “We are ready to help our partners.”",
        [("Wallace", "We are ready", D, INTERVIEW)],
    ),
    (
        (
            "“The joint drill went very well indeed,” Defence Minister Rajnath "
            "Singh said at a press "
            "conference."
        ),
        [("Singh", "The joint drill", D, SPEECH)],
    ),
    (
        (
            "“We are ready to sign the deal,” Secretary of Defense Lloyd Austin told Defence "
            "Minister Rajnath Singh."
        ),
        [("Austin", "We are ready", D, UNKNOWN)],
    ),
    (
        "“We will keep working on this together,” the two ministers said in a joint statement.",
        [(None, "We will keep", D, STATEMENT)],
    ),
]

# Where the words were said: forums, broadcasters, social networks, op-eds, hearings.
SAID = "“We will not back down from our commitments,” Defence Minister Ahmad Rizal "
SETTINGS: list[tuple[str, Channel]] = [
    (
        "said at the Shangri-La Dialogue.",
        SPEECH,
    ),
    (
        "told the security forum.",
        SPEECH,
    ),
    (
        "told state television.",
        INTERVIEW,
    ),
    (
        "wrote in a post on Facebook.",
        TWEET,
    ),
    (
        "wrote in an op-ed for the Daily Herald.",
        STATEMENT,
    ),
    (
        "said in a video message.",
        SPEECH,
    ),
    (
        "told a parliamentary hearing.",
        SPEECH,
    ),
    (
        "said at the meeting.",
        UNKNOWN,
    ),
    (
        "told his counterpart.",
        UNKNOWN,
    ),
]

REPORTED: list[Row] = [
    (
        "Defence Minister Ana Rojas assessed that earlier drills encourage further joint projects.",
        [("Rojas", "earlier drills encourage further joint projects", R, None)],
    ),
    # two people as one subject: no single speaker
    (
        (
            "Chilean Defence Minister Ana Rojas met Peruvian Defence Minister Luis Soto. "
            "The Secretary and the Minister stressed that the alliance is strong and stable."
        ),
        [],
    ),
    (
        (
            "Defence Minister Rajnath Singh said that the talks were useful, and that the navies "
            "would meet in May."
        ),
        [("Singh", "the talks were useful, and that the navies would meet in May", R, None)],
    ),
    (
        (
            "NEW DELHI: The navies will train together next year, Defence Minister Rajnath Singh "
            "said on Monday."
        ),
        [("Singh", "The navies will train", R, None)],
    ),
    (
        (
            "The defence ministry said the talks covered training. “Both sides agreed to meet "
            "again next year,” the ministry said."
        ),
        [
            ("Defence Ministry", "the talks covered training", R, None),
            ("Defence Ministry", "Both sides agreed", D, STATEMENT),
        ],
    ),
    (
        "Defence Minister Rajnath Singh said the two navies would hold a joint drill next year.",
        [("Singh", "the two navies would hold", R, None)],
    ),
    (
        (
            "Secretary of Defense Lloyd Austin stressed that the alliance remains "
            "the cornerstone of "
            "regional peace."
        ),
        [("Austin", "the alliance remains", R, None)],
    ),
    (
        "The two countries will expand their training, Defence Minister Rajnath Singh said.",
        [("Singh", "The two countries will expand", R, None)],
    ),
    (
        (
            "The navies will train together next year, Defence Minister Rajnath Singh said on "
            "Monday, adding that more drills were planned."
        ),
        [
            ("Singh", "The navies will train", R, None),
            ("Singh", "more drills were planned", R, None),
        ],
    ),
    (
        "The exercise will be larger this year, said Defence Minister Rajnath Singh.",
        [("Singh", "The exercise will be larger", R, None)],
    ),
    (
        (
            "Noting that the partnership had grown quickly, Secretary of Defense Lloyd Austin said "
            "the two militaries would share more data."
        ),
        [
            ("Austin", "the partnership had grown quickly", R, None),
            ("Austin", "the two militaries would share", R, None),
        ],
    ),
    (
        (
            "Secretary of Defense Lloyd Austin said the alliance was strong, "
            "adding that more drills "
            "were planned."
        ),
        [
            ("Austin", "the alliance was strong", R, None),
            ("Austin", "more drills were planned", R, None),
        ],
    ),
    (
        (
            "Defence Secretary Ben Wallace visited the dockyard. He told reporters "
            "that the frigate "
            "programme was on schedule."
        ),
        [("Wallace", "the frigate programme was", R, None)],
    ),
]

UNMARKED: list[Row] = [
    (
        (
            "RICHARD ROE, MINISTER FOR DEFENCE: Thank you all for coming today to this meeting.\n"
            "We have agreed to expand our training programme next year.\n"
            "JANE DOE: It is a pleasure for us to host the minister and his team."
        ),
        [
            ("Roe", "Thank you all", D, SPEECH),
            ("Roe", "We have agreed", D, SPEECH),
            ("Doe", "It is a pleasure", D, SPEECH),
        ],
    ),
    (
        (
            "Defence Secretary Ben Wallace said:\n"
            "We are proud to stand with our partners in the region.\n"
            "Our ships will visit the region again next year.\n"
            "The visit ended with a dinner at the embassy."
        ),
        [
            ("Wallace", "We are proud", D, UNKNOWN),
            ("Wallace", "Our ships will", D, UNKNOWN),
        ],
    ),
    (
        (
            "Had a productive meeting with my counterpart on defence ties. "
            "pic.twitter.com/AbCdEf123\n"
            "— Rajnath Singh (@rajnathsingh) April 11, 2022"
        ),
        [("Singh", "Had a productive meeting with my counterpart on defence ties.", D, TWEET)],
    ),
    (
        (
            "“Had a productive meeting with my counterpart on defence ties,” Defence Minister "
            "Rajnath Singh tweeted.\n"
            "Had a productive meeting with my counterpart on defence ties. "
            "pic.twitter.com/AbCdEf123\n"
            "— Rajnath Singh (@rajnathsingh) April 11, 2022"
        ),
        [("Singh", "Had a productive meeting", D, TWEET)],
    ),
    (
        (
            "Our navies trained together in the Arabian Sea this week. https://t.co/AbCdEf "
            "— Rajnath Singh (@rajnathsingh) 11 April 2022"
        ),
        [("Singh", "Our navies trained together in the Arabian Sea this week.", D, TWEET)],
    ),
]

# A quotation with no attribution of its own keeps the speaker (and setting) of the one before.
CONTINUATIONS: list[Row] = [
    (
        (
            "“Our navies will sail together this summer,” Defence Minister Ingrid Halvorsen said "
            "in a statement. “They will also train in the Arctic.”"
        ),
        [
            ("Halvorsen", "Our navies will sail", D, STATEMENT),
            ("Halvorsen", "They will also train", D, STATEMENT),
        ],
    ),
    (
        (
            "“Our navies will sail together this summer,” Defence Minister Ingrid Halvorsen told "
            "reporters.\n“They will also train in the Arctic next winter.”\nThe talks ended."
        ),
        [
            ("Halvorsen", "Our navies will sail", D, SPEECH),
            ("Halvorsen", "They will also train", D, SPEECH),
        ],
    ),
    (
        (
            "For his part, Defence Minister Ahmad Rizal praised the work of both air forces.\n"
            "“Our pilots have learned a great deal from each other.”"
        ),
        [("Rizal", "Our pilots have learned", D, UNKNOWN)],
    ),
    (
        (
            "Defence Minister Ahmad Rizal met his guest at the airport.\nSecretary of Defense Mark "
            "Ellison thanked him for the welcome. “This is a friendship that will last.”"
        ),
        [("Ellison", "This is a friendship", D, UNKNOWN)],
    ),
    (
        (
            "The state news agency quoted Defence Minister Ahmad Rizal as saying: “The new radar "
            "will be ready by the end of the year.”"
        ),
        [("Rizal", "The new radar will", D, UNKNOWN)],
    ),
    (
        (
            "The state news agency quoted Defence Minister Ahmad Rizal as saying the new radar "
            "would be ready by the end of the year."
        ),
        [("Rizal", "the new radar would be ready", R, None)],
    ),
    (
        (
            "Defence Minister Ahmad Rizal was quoted by the state news agency as saying that the "
            "new radar would be ready by the end of the year."
        ),
        [("Rizal", "the new radar would be ready", R, None)],
    ),
    (
        (
            "At a joint press conference after the talks, Defence Minister Ingrid Halvorsen said "
            "the two navies would sail together.\n“We have no closer partner in the north,” she "
            "said."
        ),
        [
            ("Halvorsen", "the two navies would sail", R, SPEECH),
            ("Halvorsen", "We have no closer partner", D, SPEECH),
        ],
    ),
]

# One occasion named (a joint press conference) and no other setting: the other speaker's
# quotes were spoken there too. A second kind of setting leaves them unknown.
OCCASIONS: list[Row] = [
    (
        (
            "Secretary of Defense Mark Ellison told a joint press conference that the alliance "
            "was strong.\n“We are grateful for this visit and for your friendship,” Defence "
            "Minister Ahmad Rizal said."
        ),
        [
            ("Ellison", "the alliance was strong", R, SPEECH),
            ("Rizal", "We are grateful", D, SPEECH),
        ],
    ),
    (
        (
            "Secretary of Defense Mark Ellison told a joint press conference that the alliance "
            "was strong.\n“We are grateful for this visit and for your friendship,” Defence "
            "Minister Ahmad Rizal said.\n“A great day for both of our countries,” Ellison "
            "tweeted."
        ),
        [
            ("Ellison", "the alliance was strong", R, SPEECH),
            ("Rizal", "We are grateful", D, UNKNOWN),
            ("Ellison", "A great day", D, TWEET),
        ],
    ),
]

# Reported speech beyond "X said that …".
REPORTED_SHAPES: list[Row] = [
    # a dateline with its date and no mark is no part of the clause
    (
        (
            "Lima, Feb 20 Defence Minister Ahmad Rizal and his host reviewed the exercise plans, "
            "the ministry said."
        ),
        [("ministry", "Defence Minister Ahmad Rizal", R, None)],
    ),
    (
        "Secretary of Defense Mark Ellison emphasized the two allies will keep training together.",
        [("Ellison", "the two allies will keep", R, None)],
    ),
    (
        "Defence Minister Ahmad Rizal in return said that his country would buy two frigates.",
        [("Rizal", "his country would buy", R, None)],
    ),
    (
        "Defence Minister Ahmad Rizal also said his country would buy two frigates.",
        [("Rizal", "his country would buy", R, None)],
    ),
    (
        "Defence Minister Ahmad Rizal, for his part, said his country would buy two frigates.",
        [("Rizal", "his country would buy", R, None)],
    ),
    (
        (
            "Defence Minister Ingrid Halvorsen praised the coast guard, saying its crews had saved "
            "many lives."
        ),
        [("Halvorsen", "its crews had saved", R, None)],
    ),
    (
        (
            "Defence Minister Ingrid Halvorsen thanked her hosts, adding the two armies would "
            "exercise together in May."
        ),
        [("Halvorsen", "the two armies would exercise", R, None)],
    ),
    (
        (
            "Cabinet Secretary Grace Wanjiru received the envoy. The CS said her ministry would "
            "send more instructors."
        ),
        [("Wanjiru", "her ministry would send", R, None)],
    ),
    (
        (
            "Defence Cabinet Secretary Grace Wanjiru received the envoy. The CS said once the "
            "mission is approved, her ministry would send more instructors."
        ),
        [("Wanjiru", "once the mission is approved", R, None)],
    ),
    (
        "The Pentagon said the two secretaries discussed maritime security in the Pacific.",
        [("Pentagon", "the two secretaries discussed", R, None)],
    ),
    (
        (
            "The defence ministry said in a statement on Tuesday the two sides would hold a "
            "naval drill."
        ),
        [("Ministry", "the two sides would hold", R, STATEMENT)],
    ),
    (
        "Secretary of Defense Mark Ellison said Wednesday Norway's security matters to everyone.",
        [("Ellison", "Norway's security matters", R, None)],
    ),
    (
        (
            "Secretary of Defense Mark Ellison said the alliance was strong, and thanked Norway "
            "for its support."
        ),
        [("Ellison", "the alliance was strong", R, None)],
    ),
    (
        (
            "Secretary of Defense Mark Ellison maintained that the alliance was strong and "
            "praised Norway for its support."
        ),
        [("Ellison", "the alliance was strong", R, None)],
    ),
    (
        (
            "At a news conference following the meeting, Secretary of Defense Mark Ellison stated "
            "that the alliance was stronger than ever."
        ),
        [("Ellison", "the alliance was stronger", R, SPEECH)],
    ),
    (
        (
            "Defence Minister Ingrid Halvorsen welcomed the visit and said bilateral cooperation "
            "should be deepened."
        ),
        [("Halvorsen", "bilateral cooperation should", R, None)],
    ),
    (
        (
            "Defence Minister Ingrid Halvorsen told reporters the two navies would share a base "
            "next year."
        ),
        [("Halvorsen", "the two navies would share", R, SPEECH)],
    ),
    (
        (
            "Defence Minister Ingrid Halvorsen said last week the two navies would share a base, "
            "following talks in Bergen."
        ),
        [("Halvorsen", "the two navies would share a base", R, None)],
    ),
    (
        (
            "The two navies will patrol the strait together, Defence Minister Ahmad Rizal told "
            "Parliament on Tuesday."
        ),
        [("Rizal", "The two navies will patrol", R, SPEECH)],
    ),
    (
        (
            "Secretary of Defense Mark Ellison spoke with his counterpart. Ellison stressed that "
            "the two allies stood together, the Pentagon said."
        ),
        [
            ("Pentagon", "Ellison stressed that the two allies stood together", R, None),
            ("Ellison", "the two allies stood together", R, None),
        ],
    ),
    (
        "“The drill will be the largest so far,” according to a statement issued by the ministry.",
        [("Ministry", "The drill will be", D, STATEMENT)],
    ),
    (
        (
            "Defence Minister Ingrid Halvorsen praised the coast guard over the years saying its "
            "crews had saved many lives."
        ),
        [("Halvorsen", "its crews had saved", R, None)],
    ),
    (
        (
            "Defence Minister Ingrid Halvorsen said the new pact was “a promise kept to both of "
            "our peoples”."
        ),
        [("Halvorsen", "a promise kept", D, None)],
    ),
    (
        (
            "Defence Minister Ingrid Halvorsen said the new pact opens a new chapter in the "
            "friendship “between two old maritime nations”."
        ),
        [
            ("Halvorsen", "the new pact opens a new chapter", R, None),
            ("Halvorsen", "between two old maritime nations", D, None),
        ],
    ),
    (
        (
            "“We stand ready,” Defence Minister Ingrid Halvorsen said after the talks.\nSecretary "
            "of Defense Mark Ellison stressed that the alliance would grow stronger."
        ),
        [("Ellison", "the alliance would grow", R, None)],
    ),
    (
        (
            "Secretary of Defense Mark Ellison said Monday the alliance would grow stronger "
            "following a meeting with his Nordic counterparts in Oslo."
        ),
        [("Ellison", "the alliance would grow stronger", R, None)],
    ),
]

# A headline that retells the lead's reported statement in fewer words counts once, at its
# fullest; a one-word scare quote at the end does not make the clause a lead-in.
RETOLD: list[Row] = [
    (
        (
            "Norwegian minister says alliance vital for the north\nOSLO, May 3 -- Defence Minister "
            "Ingrid Halvorsen said Friday the alliance was vital for the security of the north."
        ),
        [("Halvorsen", "the alliance was vital for the security", R, None)],
    ),
    (
        (
            "Defence Minister Ingrid Halvorsen added that the talks covered training and supply, "
            "and that relations between them were “excellent”."
        ),
        [
            (
                "Halvorsen",
                "the talks covered training and supply, and that relations between them",
                R,
                None,
            )
        ],
    ),
    (
        (
            "Defence Minister Ingrid Halvorsen told reporters that the pact was “a promise kept "
            "to both of our peoples”.\n“We have waited a long time for this day,” she said."
        ),
        [
            ("Halvorsen", "a promise kept", D, SPEECH),
            ("Halvorsen", "We have waited", D, SPEECH),
        ],
    ),
]

# An office named instead of a person: the one holder of that office in the text.
OFFICES: list[Row] = [
    (
        (
            "Secretary of Defense Mark Ellison met Defence Minister Ahmad Rizal. “We are proud "
            "of this partnership,” the Malaysian minister said.\n“Our sailors will train "
            "together,” he added."
        ),
        [
            ("Rizal", "We are proud", D, UNKNOWN),
            ("Rizal", "Our sailors will train", D, UNKNOWN),
        ],
    ),
    (
        (
            "Secretary of Defense Mark Ellison met Defence Minister Ahmad Rizal at the Pentagon. "
            "The Secretary underscored that the alliance remains committed to the partnership."
        ),
        [("Ellison", "the alliance remains", R, None)],
    ),
    # A spokesperson named once with a service and a rank after the office speaks again.
    (
        (
            "Secretary of Defense Mark Ellison met Defence Minister Ahmad Rizal, Pentagon "
            "spokesman Navy Capt. Jon Hale said. The navies will train together, the spokesman "
            "added."
        ),
        [
            ("Hale", "Secretary of Defense Mark Ellison met", R, None),
            ("Hale", "The navies will train together", R, None),
        ],
    ),
]

# "the statement said", "officials added": the body quoted before speaks again.
BACK_REFERENCES: list[Row] = [
    (
        (
            "In a statement after the meeting, Pentagon officials said Secretary Ellison praised "
            "the Norwegian navy.\n“The two leaders discussed trade and technology in depth,” the "
            "statement said.\nThey also discussed the upcoming exercise in the Arctic, officials "
            "added."
        ),
        [
            ("Pentagon", "Secretary Ellison praised", R, STATEMENT),
            ("Pentagon", "The two leaders discussed", D, STATEMENT),
            ("Pentagon", "They also discussed the upcoming", R, None),
        ],
    ),
    (
        "“The two leaders discussed trade and technology in depth,” the statement said.",
        [(None, "The two leaders discussed", D, STATEMENT)],
    ),
]

REPORTED_NEGATIVES: list[str] = [
    # A spokesperson never named is neither minister: nobody can be named.
    (
        "Defence Minister Ahmad Rizal met Defence Minister Ola Berg. A ministry spokesperson "
        "said the navies would train together."
    ),
    (
        "Defence Minister Ahmad Rizal met Defence Minister Ola Berg. The ministry spokesperson "
        "said the navies would train together."
    ),
    "State Secretary Jorge Paz said special thanks for the Chilean role in the mission.",
    # Two offices share the initials: nobody can be named.
    (
        "Defence Minister Ahmad Rizal met Deputy Defence Minister Siti Aminah. The DM said the "
        "army would buy new radars."
    ),
    # A name in quotation marks, particles and all, is no statement.
    "Defence Minister Ahmad Rizal called the smuggler “the Abu Bakr al Rashid of the North”.",
    (
        "Defence Minister Ingrid Halvorsen noted the importance of training and stressed the "
        "need for more drills."
    ),
    "Secretary of Defense Mark Ellison emphasized the need to protect sea lanes.",
    "Secretary of Defense Mark Ellison highlighted the progress made since the last meeting.",
    "The Pentagon officials said nothing about the talks.",
    "Defence Minister Ingrid Halvorsen praised the crews, saying goodbye to the ship.",
]

# Embedded posts: the signature on its own line, after a line of links, with a title.
POSTS: list[Row] = [
    (
        (
            "Productive talks with my counterpart on air defence and training today.\n"
            "https://t.co/AbC123 pic.twitter.com/XyZ456\n"
            "— Secretary of Defense Mark Ellison (@DefSecEllison) May 3, 2024"
        ),
        [("Ellison", "Productive talks with my counterpart", D, TWEET)],
    ),
    (
        (
            "Productive talks with my counterpart on air defence and training today.\n"
            "— Defence Minister Ingrid Halvorsen (@IHalvorsen) 3 May 2024"
        ),
        [("Halvorsen", "Productive talks with my counterpart", D, TWEET)],
    ),
]

# Shapes of unseen articles: settings named a sentence before, appositive commas, trailing
# participial phrases.
GENERALISED: list[Row] = [
    # the head of a ministry is its minister, when the text names one
    (
        (
            "Malaysian Defence Minister Ahmad Rizal met his Peruvian counterpart Jorge Paz. "
            "The head of the Malaysian Defence Ministry assured that the two navies will train "
            "together."
        ),
        [("Rizal", "the two navies will train", R, None)],
    ),
    # a clause read forward is not taken again by the attribution after a quote
    (
        (
            "Defence Minister Ahmad Rizal assessed that the drills went well, and “the "
            "partnership with Peru is a pillar of our security,” Rizal said."
        ),
        [
            ("Rizal", "the drills went well", R, None),
            ("Rizal", "the partnership with Peru", D, None),
        ],
    ),
    # when or where the words were said, between the speaker and the verb or its "that"
    (
        "Defence Minister Ahmad Rizal on Monday said that his country would buy two frigates.",
        [("Rizal", "his country would buy", R, None)],
    ),
    (
        (
            "Defence Minister Ahmad Rizal in an interview with local media said that the visit "
            "aims at closer naval ties."
        ),
        [("Rizal", "the visit aims at", R, INTERVIEW)],
    ),
    (
        (
            "Defence Minister Ahmad Rizal declared on Saturday, in Lima, that the alliance seeks "
            "no confrontation."
        ),
        [("Rizal", "the alliance seeks", R, None)],
    ),
    # a long setting after an inverted attribution
    (
        (
            "Peru is an important partner of Chile in the region, Chilean Foreign Minister Senator "
            "Ana Soto said at a meeting with Minister of National Defence Gen. Jorge Paz in Lima "
            "on June 12."
        ),
        [("Soto", "Peru is an important partner", R, None)],
    ),
    # a participle of a speech verb with a bare clause
    (
        (
            "Defence Minister Ahmad Rizal praised the visit, stating it had given new impetus to "
            "the ties."
        ),
        [("Rizal", "it had given new impetus", R, None)],
    ),
    # an acronym the text spells out speaks under its full name (the words right before
    # its own bracket, not those of an earlier one)
    (
        (
            "The Ruritanian Coast Guard (RCG) and the Ruritanian Armed Forces (RAF) hosted "
            "the drills. “We are proud of our crews and their training,” RAF said."
        ),
        [("Ruritanian Armed Forces", "We are proud of our crews", D, None)],
    ),
    (
        (
            "The Ruritanian Armed Forces (RAF) hosted the drills. “We are proud of our crews and "
            "their training,” RAF said."
        ),
        [("Ruritanian Armed Forces", "We are proud of our crews", D, None)],
    ),
    (
        (
            "Speaking to reporters after talks with Chilean Defence Minister Maya Fernandez, "
            "Defence Secretary Tom Kerrigan said the two sides agreed to expand pilot exchanges.\n"
            "“We made real progress on training and logistics today,” he said."
        ),
        [
            ("Kerrigan", "the two sides agreed to expand", R, SPEECH),
            ("Kerrigan", "We made real progress", D, SPEECH),
        ],
    ),
    (
        "Defence Minister Lars Nygaard told journalists in Oslo: “The two navies will train.”",
        [("Nygaard", "The two navies will train.", D, SPEECH)],
    ),
    (
        # A statement given to the press stays a statement.
        "Minister Lars Nygaard said in a statement to the press that the navies would train.",
        [("Nygaard", "the navies would train", R, STATEMENT)],
    ),
    (
        "Air Marshal Ole Hansen (retd), said on Monday the air force would buy four new tankers.",
        [("Hansen", "the air force would buy four new tankers", R, None)],
    ),
    (
        (
            "Defence Minister Lars Nygaard said he was pleased to be “back” in Warsaw, alluding to "
            "a tense year in relations."
        ),
        [("Nygaard", "he was pleased to be “back” in Warsaw", R, None)],
    ),
    (
        # "said this after …": the words are the sentence before (its dateline left out).
        (
            "LIMA: Peru and Spain will expand naval training in the Pacific next year.\n\n"
            "Defence Minister Carla Mendoza said this after meeting Spanish Defence Minister "
            "Pablo Ortega today."
        ),
        [
            (
                "Mendoza",
                "Peru and Spain will expand naval training in the Pacific next year",
                R,
                None,
            )
        ],
    ),
    (
        # The sentence before is already reported speech: "this" adds nothing.
        (
            "Defence Minister Carla Mendoza said the two navies would train together next spring."
            "\n\nShe said this after meeting Spanish Defence Minister Pablo Ortega."
        ),
        [("Mendoza", "the two navies would train together", R, None)],
    ),
    (
        # A question before "said this" is no statement.
        "Is Peru ready for more naval drills?\n\nDefence Minister Carla Mendoza said this today.",
        [],
    ),
    (
        # A quotation closed only in its second paragraph; a "Quote:" label after the speaker.
        (
            "Defence Minister Ingrid Halvorsen said that the two navies would patrol together.\n\n"
            "Quote: “We will send two frigates to the northern waters this summer.\n\n"
            "They will stay there until the autumn and train with our partners.”"
        ),
        [
            ("Halvorsen", "the two navies would patrol together", R, None),
            ("Halvorsen", "We will send two frigates", D, None),
            ("Halvorsen", "They will stay there until the autumn", D, None),
        ],
    ),
    (
        # A post's words run on into the same speaker's next paragraphs.
        (
            "Defence Minister Olena Marchuk wrote on Telegram that the new air defence systems "
            "had arrived in Lviv.\n\n“We thank our partners for their fast and reliable help,” "
            "she wrote.\n\nThe minister stressed: “We need more systems before the winter comes.”"
        ),
        [
            ("Marchuk", "the new air defence systems had arrived in Lviv", R, TWEET),
            ("Marchuk", "We thank our partners", D, TWEET),
            ("Marchuk", "We need more systems", D, TWEET),
        ],
    ),
    (
        # ... but not over a paragraph of narration.
        (
            "Defence Minister Olena Marchuk wrote on Telegram that the new air defence systems "
            "had arrived in Lviv.\n\nThe systems came by rail from Poland over the weekend.\n\n"
            "“We need more systems before the winter comes,” she said."
        ),
        [
            ("Marchuk", "the new air defence systems had arrived in Lviv", R, TWEET),
            ("Marchuk", "We need more systems", D, UNKNOWN),
        ],
    ),
    (
        # A person "reported on Facebook that …" speaks; a newsroom that reports does not.
        "Defence Minister Olena Marchuk reported on Facebook that the new systems had arrived.",
        [("Marchuk", "the new systems had arrived", R, TWEET)],
    ),
    ("Reuters reported that the two navies would train together next year.", []),
    (
        # A "Source:" line names where each speaker's words come from.
        (
            "Source: Olena Marchuk on Telegram; Latvian Defence Minister Juris Ozols, cited by "
            "the Latvian Ministry of Defence.\n\nDefence Minister Olena Marchuk met Latvian "
            "Defence Minister Juris Ozols in Riga.\n\n“We will deliver the first two systems "
            "this month,” Ozols said.\n\n“Our crews are ready for them right now,” Marchuk said."
        ),
        [
            ("Ozols", "We will deliver the first two systems", D, STATEMENT),
            ("Marchuk", "Our crews are ready", D, TWEET),
        ],
    ),
    (
        # An office's initials after a long clause speak for it; unnamed sources do not.
        (
            "Mr Berg, who is in Oslo until Friday, called on Ms Lund at the Ministry of Defence "
            "(NORDEF) and reviewed a guard of honour, said NORDEF in a press release."
        ),
        [("NORDEF", "Mr Berg, who is in Oslo until Friday, called on", R, STATEMENT)],
    ),
    ("The two navies held a joint drill off Bergen last week, said Navy sources.", []),
    (
        # A lone surname after a fronted date phrase; the clause ends at the speaker's next act.
        (
            "On 12 March, Lindqvist confirmed that the first two frigates had reached Gdansk "
            "and toured the port."
        ),
        [("Lindqvist", "the first two frigates had reached Gdansk", R, None)],
    ),
    ("Last week, Warsaw confirmed that the two navies would train together.", []),
    (
        (
            "Speaking after the talks with Danish Defence Minister Lars Nygaard, Halvorsen said "
            "the two navies would patrol together."
        ),
        [("Halvorsen", "the two navies would patrol together", R, None)],
    ),
    # A newsroom is no speaker; nor is a lone word at a sentence's start.
    ("Separately, Reuters said the two navies would patrol together.", []),
    ("Interfax said the two navies would patrol together.", []),
    ("On Monday, Analysts said that the two navies would train together.", []),
    (
        # "The release said …" speaks for the release's issuer, named before.
        (
            "Admiral Tomas Berg visited the naval academy in Gdynia, according to a press release "
            "of NAVCOM.\n\nThe release said Admiral Tomas Berg praised the cadets for their work."
        ),
        [("NAVCOM", "Admiral Tomas Berg praised the cadets", R, STATEMENT)],
    ),
    (
        (
            "Admiral Tomas Berg visited Gdynia, according to a statement issued by the Polish "
            "Ministry of National Defence.\n\nThe statement said the two navies would train."
        ),
        [("Ministry", "the two navies would train", R, STATEMENT)],
    ),
    (
        # No issuer named: nobody speaks.
        "Admiral Tomas Berg visited Gdynia.\n\nThe release said the two navies would train.",
        [],
    ),
    (
        # "the Pentagon spokesperson" is the spokesperson named before, not the principal.
        (
            "In a call on Monday, Defence Secretary Mark Ellison briefed Norwegian Defence "
            "Minister Ingrid Halvorsen on the exercise.\n\nThis was announced by the Deputy "
            "Spokesperson for the Pentagon, Anna Leeds.\n\nThe two ministers also agreed to meet "
            "again in the spring, added the Pentagon spokesperson."
        ),
        [("Leeds", "The two ministers also agreed to meet again", R, None)],
    ),
    (
        # No spokesperson named: the office speaks.
        (
            "In a call on Monday, Defence Secretary Mark Ellison briefed Norwegian Defence "
            "Minister Ingrid Halvorsen on the exercise.\n\nThe two ministers also agreed to meet "
            "again in the spring, added the Pentagon spokesperson."
        ),
        [("Pentagon", "The two ministers also agreed to meet again", R, None)],
    ),
    (
        # "briefed X that …" reports speech; "briefed X on …" names a topic.
        (
            "Defence Minister Ingrid Halvorsen briefed her Danish counterpart Lars Nygaard that "
            "the frigates would sail in May."
        ),
        [("Halvorsen", "the frigates would sail in May", R, None)],
    ),
    (
        (
            "Defence Minister Ingrid Halvorsen briefed Lars Nygaard on the situation that had "
            "developed in the north."
        ),
        [],
    ),
    (
        # A reported clause runs on through a quoted fragment; the fragment is quoted too.
        (
            "Defence Minister Ingrid Halvorsen said the two navies would hold “the largest joint "
            "drill in their history” next year."
        ),
        [
            ("Halvorsen", "the two navies would hold “the largest joint drill in their", R, None),
            ("Halvorsen", "the largest joint drill in their history", D, None),
        ],
    ),
    (
        # A quoted conjunct after "and" is no part of the clause before it.
        (
            "Foreign Minister Jonas Berg said the long talks focused on trade and energy and "
            '"aimed at sharing views on the northern sea routes.'
        ),
        [
            ("Berg", "the long talks focused on trade and energy", R, None),
            ("Berg", "aimed at sharing views", D, None),
        ],
    ),
    (
        # ", adding that …" after a quotation's attribution: the quotation's speaker.
        (
            "Defence Minister Rasa Kairiene met Polish Defence Minister Tomasz Wrona.\n\n“We "
            "will never forget the help of our Polish friends in these years,” she said, adding "
            "that Lithuania would buy Polish-made air defence systems."
        ),
        [
            ("Kairiene", "We will never forget", D, None),
            ("Kairiene", "Lithuania would buy Polish-made air defence systems", R, None),
        ],
    ),
    (
        # A quotation that ends the clause still leads into it alone.
        "Defence Minister Ingrid Halvorsen said the navies were “ready for the largest drill”.",
        [("Halvorsen", "ready for the largest drill", D, None)],
    ),
    (
        # A platform named anywhere in the attribution: a post.
        (
            "“This is a big step for both of our countries,” Defence Minister Ingrid Halvorsen "
            "said in a Facebook post."
        ),
        [("Halvorsen", "This is a big step", D, TWEET)],
    ),
    (
        (
            "Defence Minister Ingrid Halvorsen said on her Telegram channel that the two navies "
            "would share a base.\n\n“This is a big step for both of our countries,” she wrote."
        ),
        [
            ("Halvorsen", "the two navies would share a base", R, TWEET),
            ("Halvorsen", "This is a big step", D, TWEET),
        ],
    ),
    (
        # "he wrote" after a platform named just before: a post; in a letter: a statement.
        (
            "Defence Minister Lars Nygaard shared a photo of the meeting on Instagram.\n\n“Good "
            "talks today on the northern patrols with my Norwegian friend,” he wrote."
        ),
        [("Nygaard", "Good talks today", D, TWEET)],
    ),
    (
        (
            "Defence Minister Lars Nygaard met his Norwegian counterpart.\n\n“Good talks today "
            "on the northern patrols with my Norwegian friend,” he wrote in a letter."
        ),
        [("Nygaard", "Good talks today", D, STATEMENT)],
    ),
    (
        # A "Source:" line with the speaker's X account.
        (
            "Source: Ingrid Halvorsen's X account\n\nDefence Minister Ingrid Halvorsen met Lars "
            "Nygaard in Oslo.\n\n“This is a big step for both of our countries,” she said."
        ),
        [("Halvorsen", "This is a big step", D, TWEET)],
    ),
    (
        # A setting named in the sentence before carries to the speaker's next quotation.
        (
            "In her address to the academy, Defence Minister Ingrid Halvorsen said the two navies "
            "would share a base.\n\n“This is a big step for both of our countries,” she said."
        ),
        [
            ("Halvorsen", "the two navies would share a base", R, SPEECH),
            ("Halvorsen", "This is a big step", D, SPEECH),
        ],
    ),
    (
        # A name set off by commas speaks; the office named again later is that person.
        (
            "The ministry spokesperson, Mette Lund, said the frigates would sail in May.\n\n"
            "Defence Minister Lars Nygaard visited the base.\n\nThe two navies will also train "
            "together in the autumn, the ministry spokesperson added."
        ),
        [
            ("Lund", "the frigates would sail in May", R, None),
            ("Lund", "The two navies will also train together", R, None),
        ],
    ),
    (
        # A clause that ends in an unclosed quoted fragment keeps it (formerly a known miss).
        (
            'Defence Minister Rajnath Singh added that India expects "a long and fruitful '
            "partnership with its allies."
        ),
        [
            ("Singh", 'India expects "a long and fruitful partnership with its allies', R, None),
            ("Singh", "a long and fruitful partnership with its allies.", D, UNKNOWN),
        ],
    ),
    (
        # "The talks were attended by X": X is no subject of the discourse.
        (
            "Defence Minister Lars Nygaard met Norwegian Defence Minister Ingrid Halvorsen in Oslo "
            "on Monday.\n\nThe talks were attended by Chief of Defence General Erik Dahl and "
            "Ambassador Mette Lund.\n\n“We will patrol the strait together from May,” he said."
        ),
        [("Nygaard", "We will patrol the strait together", D, None)],
    ),
    (
        # A spoken setting in the sentence before, of the same speaker.
        (
            "Defence Minister Ingrid Halvorsen addressed the cadets at the naval academy in "
            "Bergen.\n\n“You are the future of our navy and of our alliance,” she said."
        ),
        [("Halvorsen", "You are the future", D, SPEECH)],
    ),
    (
        # ... of someone else: nothing carries.
        (
            "Defence Minister Lars Nygaard addressed the cadets at the naval academy in Bergen."
            "\n\nDefence Minister Ingrid Halvorsen met him there.\n\n“You are the future of our "
            "navy and of our alliance,” she said."
        ),
        [("Halvorsen", "You are the future", D, UNKNOWN)],
    ),
    (
        # A joint news conference named outweighs the lead's "the ministry said".
        (
            "Polish Defence Minister Tomasz Wrona and his Lithuanian counterpart Rasa Kairiene "
            "agreed on Monday to expand joint air policing, the Polish ministry said.\n\n"
            "Speaking at a joint news conference in Warsaw, Wrona said the two countries would "
            "also share radar data.\n\nKairiene thanked Poland for its support.\n\n“We will never "
            "forget the help of our Polish friends in these difficult years,” she said."
        ),
        [
            ("ministry", "Polish Defence Minister Tomasz Wrona and his Lithuanian", R, None),
            ("Wrona", "the two countries would also share radar data", R, SPEECH),
            ("Kairiene", "We will never forget", D, SPEECH),
        ],
    ),
    (
        # A setting named for a later quotation lends nothing back to an earlier one.
        (
            "Defence Minister Ingrid Halvorsen met Lars Nygaard in Oslo.\n\n“We will patrol the "
            "strait together from May,” she said.\n\n“Our crews are ready for the new season "
            "now,” she said in a statement."
        ),
        [
            ("Halvorsen", "We will patrol the strait", D, UNKNOWN),
            ("Halvorsen", "Our crews are ready", D, STATEMENT),
        ],
    ),
    (
        # A wire dateline with a single hyphen is left out of the reported clause.
        (
            "OSLO, May 4 (Reuters) - Norway will buy six more submarines, Defence Minister Ingrid "
            "Halvorsen said on Thursday."
        ),
        [("Halvorsen", "Norway will buy six more submarines", R, None)],
    ),
    (
        "NATO - the alliance will grow stronger in the north, Minister Ingrid Halvorsen said.",
        [("Halvorsen", "NATO - the alliance will grow stronger", R, None)],
    ),
    (
        # "he said" skips a list of those present for the subject of the discourse.
        (
            "Defence Minister Carla Mendoza met Spanish Defence Minister Pablo Ortega in Lima.\n\n"
            "Also present was Navy Commander Admiral Jorge Salas and Ambassador Luis Prado.\n\n"
            "“We agreed to hold three joint drills a year from now on,” she said."
        ),
        [("Mendoza", "We agreed to hold three joint drills", D, None)],
    ),
    (
        # A sentence of narration with its own subject still hands "he" on.
        (
            "Defence Minister Carla Mendoza met Spanish Defence Minister Pablo Ortega in Lima.\n\n"
            "Admiral Jorge Salas opened the new naval school in Callao.\n\n"
            "“We agreed to hold three joint drills a year from now on,” he said."
        ),
        [("Salas", "We agreed to hold three joint drills", D, None)],
    ),
]

# Clause boundaries, channels and speech nouns: whole statements, compared exactly.
BOUNDARIES: list[Row] = [
    (
        # A second main-clause verb of the speaker after "and therefore" ends the clause.
        (
            "Defence Minister Olga Varga said Hungary and Croatia have much in common and "
            "therefore pledged her support to a joint training centre."
        ),
        [("Varga", "Hungary and Croatia have much in common", R, None)],
    ),
    (
        (
            "Defence Minister Olga Varga said the two armies would train together and then signed "
            "a protocol on border patrols."
        ),
        [("Varga", "the two armies would train together", R, None)],
    ),
    (
        (
            "Defence Minister Olga Varga said that the two navies share many goals, and "
            "accordingly "
            "offered two patrol boats to the coast guard."
        ),
        [("Varga", "the two navies share many goals", R, None)],
    ),
    (
        # Negative: the clause's own coordinated verbs stay inside it.
        "General Tomas Hruby said the troops trained hard and then left for home in high spirits.",
        [("Hruby", "the troops trained hard and then left for home in high spirits", R, None)],
    ),
    (
        # A nested "which she said" inside the same speaker's clause is no statement of its own.
        (
            "Admiral Petra Lind said the navy had a plan for closer drills with Estonia, which she "
            "said was the best way to keep the sea lanes open."
        ),
        [
            (
                "Lind",
                (
                    "the navy had a plan for closer drills with Estonia, which she said was the "
                    "best "
                    "way to keep the sea lanes open"
                ),
                R,
                None,
            )
        ],
    ),
    (
        (
            "Admiral Petra Lind stressed that the navy wanted more drills, which Lind said would "
            "keep "
            "the sea lanes open."
        ),
        [
            (
                "Lind",
                "the navy wanted more drills, which Lind said would keep the sea lanes open",
                R,
                None,
            )
        ],
    ),
    (
        (
            "Admiral Petra Lind said that the navy, which she said had lost two ships last year, "
            "would buy four corvettes."
        ),
        [
            (
                "Lind",
                "the navy, which she said had lost two ships last year, would buy four corvettes",
                R,
                None,
            )
        ],
    ),
    (
        # Negative: with no clause of the speaker around it, "which she said" stands alone.
        (
            "Admiral Petra Lind praised the new frigate, which she said would patrol the Baltic "
            "from "
            "May."
        ),
        [("Lind", "would patrol the Baltic from May", R, None)],
    ),
    (
        # A closed quotation after a stub of under four words: the quotation is the statement.
        (
            "Admiral Petra Lind noted that Latvia and Estonia “are keen to patrol the Gulf "
            "together "
            "every spring.”"
        ),
        [("Lind", "are keen to patrol the Gulf together every spring.", D, None)],
    ),
    (
        (
            "Admiral Petra Lind added that the Baltic states "
            '"share one view of the threat in the north."'
        ),
        [("Lind", "share one view of the threat in the north.", D, None)],
    ),
    (
        # Negative: a stub of four words or more stands beside the quotation.
        (
            "Admiral Petra Lind noted that the navies of Latvia and Estonia “are keen to patrol "
            "the "
            "Gulf together every spring.”"
        ),
        [
            (
                "Lind",
                (
                    "the navies of Latvia and Estonia “are keen to patrol the Gulf together every "
                    "spring.”"
                ),
                R,
                None,
            ),
            ("Lind", "are keen to patrol the Gulf together every spring.", D, None),
        ],
    ),
    (
        # "He said …" after a quotation that ended its sentence reads forward.
        (
            "General Ivo Marek visited Prague. “The army is ready to help the police during the "
            "vote.” He said the army is watching the border closely."
        ),
        [
            ("Marek", "The army is ready to help the police during the vote.", D, None),
            ("Marek", "the army is watching the border closely", R, None),
        ],
    ),
    (
        (
            "General Ivo Marek visited Prague. “The army is ready to help the police during the "
            "vote.” He said the army is watching the bord"
        ),
        [
            ("Marek", "The army is ready to help the police during the vote.", D, None),
            ("Marek", "the army is watching the bord", R, None),
        ],
    ),
]

CHANNEL_FAMILIES: list[Row] = [
    (
        # Words told to the host or the guest of a visit were spoken there.
        (
            "Defence Minister Marta Kovac received General Ali Demir. “The border is quiet and we "
            "want it to stay that way,” she told her guest."
        ),
        [("Kovac", "The border is quiet and we want it to stay that way,", D, SPEECH)],
    ),
    (
        (
            "General Ali Demir called on Defence Minister Marta Kovac. “Our cadets will train in "
            "Split from May,” he told his hosts."
        ),
        [("Demir", "Our cadets will train in Split from May,", D, SPEECH)],
    ),
    (
        (
            "Defence Minister Marta Kovac received General Ali Demir. “The border is quiet and we "
            "want it to stay that way,” she told the visiting delegation."
        ),
        [("Kovac", "The border is quiet and we want it to stay that way,", D, SPEECH)],
    ),
    (
        # Negative: an office in a relative clause about the speaker names no written statement.
        (
            "“The border is quiet and we want it to stay that way,” said Marta Kovac, who heads "
            "the defence ministry in Zagreb."
        ),
        [("Kovac", "The border is quiet and we want it to stay that way,", D, UNKNOWN)],
    ),
    (
        (
            "“The border is quiet and we want it to stay that way,” said Marta Kovac in a ministry "
            "statement."
        ),
        [("Kovac", "The border is quiet and we want it to stay that way,", D, STATEMENT)],
    ),
    (
        # Local or state media: an interview, carried to the same speaker's next quotation; the
        # name set off after a rank ("…, Brig Gen A B,") is the speaker, and "the envoy" is he.
        (
            "Croatia's envoy in Serbia, Brig Gen Ivan Horvat, told local media that the two armies "
            "would hold a drill in June.\n\n“The drill will involve four hundred soldiers from "
            "each "
            "side,” the envoy said."
        ),
        [
            ("Horvat", "the two armies would hold a drill in June", R, None),
            (
                "Horvat",
                "The drill will involve four hundred soldiers from each side,",
                D,
                INTERVIEW,
            ),
        ],
    ),
    (
        "Admiral Ivan Horvat told state-run media that the two navies would hold a drill in June.",
        [("Horvat", "the two navies would hold a drill in June", R, INTERVIEW)],
    ),
    (
        "The navy's spokesman, Cmdr. Luka Babic, said the frigate would sail on Friday.",
        [("Babic", "the frigate would sail on Friday", R, None)],
    ),
    (
        # A post that "read" the words: a tweet of the person just before.
        (
            "Defence Minister Karl Berg met his Danish counterpart in Oslo on Monday.\n\n“We "
            "agreed "
            "to train our special forces together from next year,” the post read."
        ),
        [("Berg", "We agreed to train our special forces together from next year,", D, TWEET)],
    ),
    (
        (
            "Defence Minister Karl Berg met his Danish counterpart in Oslo on Monday. He posted "
            "about "
            "the talks on X.\n\n“We agreed to train our special forces together from next year,” "
            "read his post."
        ),
        [("Berg", "We agreed to train our special forces together from next year,", D, TWEET)],
    ),
    (
        (
            "Defence Minister Karl Berg met his Danish counterpart in Oslo on Monday.\n\n“We "
            "agreed "
            "to train our special forces together from next year,” his post on X said."
        ),
        [("Berg", "We agreed to train our special forces together from next year,", D, TWEET)],
    ),
    (
        (
            "Defence Minister Karl Berg met his Danish counterpart in Oslo on Monday.\n\n“We "
            "agreed "
            "to train our special forces together from next year,” the message on his Telegram "
            "channel read."
        ),
        [("Berg", "We agreed to train our special forces together from next year,", D, TWEET)],
    ),
    (
        (
            "The ministry issued a statement on the talks.\n\n“The two sides agreed to train their "
            "special forces together from next year,” the statement read."
        ),
        [
            (
                None,
                "The two sides agreed to train their special forces together from next year,",
                D,
                STATEMENT,
            )
        ],
    ),
]

# "took to X to say": a platform taken to, then the verb.
TOOK_TO: list[Row] = [
    (
        (
            "Defence Minister Rajiv Menon took to X to say that the talks with his Japanese "
            "counterpart were productive."
        ),
        [("Menon", "the talks with his Japanese counterpart were productive", R, TWEET)],
    ),
    (
        (
            "Defence Minister Rajiv Menon took to social media to write that the talks had been "
            "productive."
        ),
        [("Menon", "the talks had been productive", R, TWEET)],
    ),
    (
        (
            "Defence Minister Rajiv Menon took to his Facebook page to say the talks had been "
            "productive."
        ),
        [("Menon", "the talks had been productive", R, TWEET)],
    ),
    (
        "Taking to X, Defence Minister Rajiv Menon said the talks had been productive.",
        [("Menon", "the talks had been productive", R, TWEET)],
    ),
    (
        "“The talks were productive and warm,” Defence Minister Rajiv Menon took to X to say.",
        [("Menon", "The talks were productive and warm,", D, TWEET)],
    ),
    # Negatives: "to say" with no platform taken to.
    ("Defence Minister Rajiv Menon declined to say whether the talks had been productive.", []),
    ("Defence Minister Rajiv Menon is expected to say that the talks were productive.", []),
]

# A document that "read" the words, named with its issuer after it.
DOCUMENTS: list[Row] = [
    (
        (
            "Kenya and Uganda held talks in Nairobi.\n\n“The two armies will hold a joint drill in "
            "April,” read a statement from the Kenyan Defence Ministry."
        ),
        [("Ministry", "The two armies will hold a joint drill in April,", D, STATEMENT)],
    ),
    (
        (
            "Kenya and Uganda held talks in Nairobi.\n\n“The two armies will hold a joint drill in "
            "April,” read a statement issued by Defence Secretary Aden Duale."
        ),
        [("Duale", "The two armies will hold a joint drill in April,", D, STATEMENT)],
    ),
    (
        (
            "Kenya and Uganda held talks in Nairobi.\n\n“The two armies will hold a joint drill in "
            "April,” the statement from the Kenyan Defence Ministry said."
        ),
        [("Ministry", "The two armies will hold a joint drill in April,", D, STATEMENT)],
    ),
    (
        (
            "Defence Minister Karl Berg met his Danish counterpart in Oslo on Monday.\n\n“We "
            "agreed "
            "to train our special forces together from next year,” read a post by the Danish "
            "Defence Ministry."
        ),
        [("Ministry", "We agreed to train our special forces together from next year,", D, TWEET)],
    ),
]

SPEECH_NOUNS: list[Row] = [
    (
        (
            "At the talks, General Ana Lopes voiced her hope that the Peruvian envoy would keep "
            "supporting the naval academy."
        ),
        [("Lopes", "the Peruvian envoy would keep supporting the naval academy", R, None)],
    ),
    (
        "General Ana Lopes voiced concern that the border patrols were too thin.",
        [("Lopes", "the border patrols were too thin", R, None)],
    ),
    (
        "General Ana Lopes expressed the hope that the two navies would hold more drills.",
        [("Lopes", "the two navies would hold more drills", R, None)],
    ),
    (
        "General Ana Lopes expressed her confidence that the frigates would arrive on time.",
        [("Lopes", "the frigates would arrive on time", R, None)],
    ),
    ("General Ana Lopes voiced support for the plan.", []),
    ("General Ana Lopes voiced hope for closer ties with Peru.", []),
    (
        # The narrator's paraphrase and the quoted post both stand (different kinds).
        (
            "Defence Minister Karl Berg said both nations look forward to training together.\n\n"
            "“We look forward to training together,” the post read."
        ),
        [
            ("Berg", "both nations look forward to training together", R, None),
            ("Berg", "We look forward to training together,", D, TWEET),
        ],
    ),
    (
        # A source after an inverted "says" is no clause.
        (
            "President Leo Marin received Defence Minister Ivo Petrov, who is on a visit to Sofia, "
            "says a message posted on the president's website."
        ),
        [],
    ),
    (
        "Defence Minister Ivo Petrov said a statement would be issued on Friday.",
        [("Petrov", "a statement would be issued on Friday", R, None)],
    ),
]

MORE_BOUNDARIES: list[Row] = [
    (
        # An adverb and an attribution leading into a quotation are no part of the clause.
        (
            "General Rui Costa added that the ministers also discussed border trade, most notably, "
            "he said, “the new customs post at the river crossing.”"
        ),
        [
            ("Costa", "the ministers also discussed border trade", R, None),
            ("Costa", "the new customs post at the river crossing.", D, None),
        ],
    ),
    (
        # The narrator's gloss of a person ends the clause.
        (
            "General Rui Costa told reporters that there was no talk of Jorge Vidal, the former "
            "army "
            "chief who fled to Spain last year."
        ),
        [("Costa", "there was no talk of Jorge Vidal", R, SPEECH)],
    ),
    (
        (
            "General Rui Costa said the two armies had no contact with Jorge Vidal, a retired "
            "colonel "
            "living in Spain."
        ),
        [("Costa", "the two armies had no contact with Jorge Vidal", R, None)],
    ),
    (
        # Negative: "the former …" after a common noun stays in the clause.
        "General Rui Costa said the new fleet, the former flagship included, would sail in May.",
        [("Costa", "the new fleet, the former flagship included, would sail in May", R, None)],
    ),
    (
        # A lone surname opening a sentence speaks when the text gave the full name before.
        (
            "Foreign Ministers Jan Olsen of Norway and Alejandro Ruiz of Chile met in Lisbon. Ruiz "
            "told reporters that the two navies would hold a drill in June."
        ),
        [("Alejandro Ruiz", "the two navies would hold a drill in June", R, None)],
    ),
    (
        (
            "The talks were led by Defence Minister Ruiz of Chile. Ruiz told reporters that the "
            "two "
            "navies would hold a drill in June."
        ),
        [("Ruiz", "the two navies would hold a drill in June", R, SPEECH)],
    ),
    (
        # A surname ending in "s" speaks too once the text gave the full name.
        (
            "Foreign Ministers Jan Olsen of Norway and Kostas Andreas of Greece met in Oslo. "
            "Andreas "
            "told reporters that the two navies would hold a drill in June."
        ),
        [("Kostas Andreas", "the two navies would hold a drill in June", R, SPEECH)],
    ),
    ("On 12 March, Analysts warned that the frigates were late.", []),
    (
        # Negative: a newsroom at a sentence's start, never named with a first name.
        (
            "The Interfax agency ran the story. Interfax said the two navies would hold a drill in "
            "June."
        ),
        [],
    ),
    (
        # One speaker's words to reporters set no occasion for another speaker's quotation.
        (
            "Defence Minister Ana Duarte and Chilean Defence Minister Pablo Ruiz met in Lisbon. "
            "Ruiz "
            "told reporters that the two navies would hold a drill in June.\n\n“It is a drill the "
            "whole region will watch closely,” said Duarte."
        ),
        [
            ("Ruiz", "the two navies would hold a drill in June", R, SPEECH),
            ("Duarte", "It is a drill the whole region will watch closely,", D, UNKNOWN),
        ],
    ),
    (
        (
            "Defence Minister Ana Duarte and Chilean Defence Minister Pablo Ruiz met in Lisbon. "
            "At a "
            "joint news conference, Ruiz said that the two navies would hold a drill in "
            "June.\n\n“It "
            "is a drill the whole region will watch closely,” said Duarte."
        ),
        [
            ("Ruiz", "the two navies would hold a drill in June", R, SPEECH),
            ("Duarte", "It is a drill the whole region will watch closely,", D, SPEECH),
        ],
    ),
]

SECOND_VERBS: list[Row] = [
    (
        (
            "General Eva Holm said Sweden and Finland share the same threats and went on to pledge "
            "two brigades to the joint force."
        ),
        [("Holm", "Sweden and Finland share the same threats", R, None)],
    ),
    (
        # "but warned that": the clause ends there and the warning is a statement of its own.
        (
            "General Eva Holm said Sweden and Finland share the same threats but warned that the "
            "Baltic route remains exposed."
        ),
        [
            ("Holm", "Sweden and Finland share the same threats", R, None),
            ("Holm", "the Baltic route remains exposed", R, None),
        ],
    ),
    (
        (
            "General Eva Holm said Sweden and Finland share the same threats, before pledging two "
            "brigades to the joint force."
        ),
        [("Holm", "Sweden and Finland share the same threats", R, None)],
    ),
    (
        (
            "General Eva Holm said Sweden and Finland share the same threats; she also pledged two "
            "brigades to the joint force."
        ),
        [("Holm", "Sweden and Finland share the same threats", R, None)],
    ),
    (
        (
            "General Eva Holm stressed that the two air forces had trained well, while also "
            "calling "
            "for more money for spare parts."
        ),
        [("Holm", "the two air forces had trained well", R, None)],
    ),
    (
        # Negatives: "while"/"before" inside the clause, with no comma, stay in it.
        "General Eva Holm said the drills will go on while training continues.",
        [("Holm", "the drills will go on while training continues", R, None)],
    ),
    (
        "General Eva Holm said the troops would rest before moving north.",
        [("Holm", "the troops would rest before moving north", R, None)],
    ),
    (
        (
            "General Eva Holm said the two navies had trained well and described the drill as a "
            "success."
        ),
        [("Holm", "the two navies had trained well", R, None)],
    ),
    (
        # Negative: a verb the clause's own subject can take stays in the clause.
        (
            "General Eva Holm said the two navies discussed mine clearing and agreed to train "
            "together."
        ),
        [("Holm", "the two navies discussed mine clearing and agreed to train together", R, None)],
    ),
    # A second speaker joins: the first clause ends before the second subject.
    (
        (
            "Defence Minister Aden Duale met Ugandan Defence Minister Jacob Oboth in Nairobi. "
            "Duale "
            "said the drill would start in April, while Oboth said Uganda would send two "
            "battalions."
        ),
        [
            ("Duale", "the drill would start in April", R, None),
            ("Oboth", "Uganda would send two battalions", R, None),
        ],
    ),
    (
        (
            "Defence Minister Aden Duale met Ugandan Defence Minister Jacob Oboth in Nairobi. "
            "Duale "
            "said the drill would start in April, and Oboth said Uganda would send two battalions."
        ),
        [
            ("Duale", "the drill would start in April", R, None),
            ("Oboth", "Uganda would send two battalions", R, None),
        ],
    ),
    (
        (
            "Defence Minister Aden Duale met Ugandan Defence Minister Jacob Oboth in Nairobi. "
            "Duale "
            "said the drill would start in April, whereas Oboth stressed that the date was not "
            "final."
        ),
        [
            ("Duale", "the drill would start in April", R, None),
            ("Oboth", "the date was not final", R, None),
        ],
    ),
    (
        (
            "Defence Minister Aden Duale met Ugandan Defence Minister Jacob Oboth in Nairobi. "
            "Duale "
            "said the drill would start in April and he added that Uganda would send two "
            "battalions."
        ),
        [
            ("Duale", "the drill would start in April", R, None),
            ("Duale", "Uganda would send two battalions", R, None),
        ],
    ),
    (
        # Negatives: another speaker inside a relative clause; a plural subject.
        (
            "Defence Minister Aden Duale said the drill, which Oboth said was planned for April, "
            "would be the largest yet."
        ),
        [
            (
                "Duale",
                "the drill, which Oboth said was planned for April, would be the largest yet",
                R,
                None,
            )
        ],
    ),
    (
        "Defence Minister Aden Duale and Jacob Oboth said the two armies would train together.",
        [],
    ),
    # Speech nouns before "that".
    (
        "General Eva Holm raised concerns that the Baltic route remains exposed.",
        [("Holm", "the Baltic route remains exposed", R, None)],
    ),
    (
        "General Eva Holm spoke of her hope that the two navies would train together.",
        [("Holm", "the two navies would train together", R, None)],
    ),
    (
        "General Eva Holm shared her view that the two navies should train together.",
        [("Holm", "the two navies should train together", R, None)],
    ),
    (
        "General Eva Holm made it clear that Sweden would not send troops.",
        [("Holm", "Sweden would not send troops", R, None)],
    ),
    (
        "General Eva Holm cautioned that the Baltic route remains exposed.",
        [("Holm", "the Baltic route remains exposed", R, None)],
    ),
    (
        "“The Baltic route remains exposed,” General Eva Holm cautioned.",
        [("Holm", "The Baltic route remains exposed,", D, None)],
    ),
    (
        "General Eva Holm disclosed that two frigates would arrive in May.",
        [("Holm", "two frigates would arrive in May", R, None)],
    ),
    ("General Eva Holm commented on the drill.", []),
    ("General Eva Holm raised funds that were used for the new barracks.", []),
    ("The two navies shared the waters that were patrolled in May.", []),
    # Interviews with the local or state media, in either order.
    (
        (
            "“The drill will involve four hundred soldiers from each side,” Admiral Ivan Horvat "
            "said, "
            "speaking to local media."
        ),
        [("Horvat", "The drill will involve four hundred soldiers from each side,", D, INTERVIEW)],
    ),
    (
        (
            "Speaking to state media, Admiral Ivan Horvat said the two navies would hold a drill "
            "in "
            "June."
        ),
        [("Horvat", "the two navies would hold a drill in June", R, INTERVIEW)],
    ),
    (
        (
            "In remarks to local media, Admiral Ivan Horvat said: “The drill will involve four "
            "hundred "
            "soldiers from each side.”"
        ),
        [("Horvat", "The drill will involve four hundred soldiers from each side.", D, INTERVIEW)],
    ),
    (
        # Negative: reporters at a briefing are a spoken setting.
        (
            "“The drill will involve four hundred soldiers from each side,” Admiral Ivan Horvat "
            "said, "
            "speaking to reporters."
        ),
        [("Horvat", "The drill will involve four hundred soldiers from each side,", D, SPEECH)],
    ),
]

# Whom words were told: an outlet (interview) or people addressed in person (speech).
TOLD = "“We stand with you,” Defence Minister Aden Duale told "
TOLD_WHOM: list[tuple[str, Channel]] = [
    ("Kenyan troops in Somalia.", SPEECH),
    ("Ugandan officers at the academy.", SPEECH),
    ("the Senate defence committee.", SPEECH),
    ("the Kenyan community in Kampala.", SPEECH),
    ("the visiting Ugandan minister.", SPEECH),
    ("his hosts.", SPEECH),
    ("Reuters.", INTERVIEW),
    ("The Standard newspaper.", INTERVIEW),
    ("Al Jazeera.", INTERVIEW),
    ("local media.", INTERVIEW),
    ("state-run television.", INTERVIEW),
    # Negative: a person told is neither an outlet nor an audience.
    ("Ugandan President Yoweri Museveni.", UNKNOWN),
]

KNOWN_MISSES: list[Row] = [
    # A lone surname ending in "s" is read as a plural ("Analysts") and not as a speaker.
    (
        "On 12 March, Andrikos confirmed that the first two frigates had reached Piraeus.",
        [("Andrikos", "the first two frigates had reached Piraeus", R, None)],
    ),
]

NEGATIVES: list[str] = [
    "The two sides discussed the “grey zone” tactics at sea.",
    (
        "The ministers welcomed the “Make in India” framework and the "
        "“Vigilant Shield Twenty Four” "
        "drill."
    ),
    "“Very productive,” Defence Minister Rajnath Singh said.",
    "India's navy and the '90s reforms don't matter here, Singh's aide wrote.",
    'Analysts warned of "a steady build-up of naval forces" in the region.',
    "The ministers stressed that the two navies would train together.",
    "Officials said the two sides would meet again next year.",
    "Defence Minister Rajnath Singh expressed satisfaction with the progress.",
    "Defence Secretary Ben Wallace and Defence Minister Rajnath Singh noted that ties were strong.",
    (
        "The Pentagon provided the following readout:\nSecretary Austin met Minister Singh and "
        "discussed regional security."
    ),
    (
        "Defence ministers of both countries met in Delhi today. https://t.co/xyz\n"
        "— ANI (@ANI) April 11, 2022"
    ),
    "Sources from the ministry said the two sides would meet again.",
    "NEW DELHI: India and Japan held talks on defence ties on Monday.\nThe two sides met.",
]


# An attribution after its clause: a quotation before the comma is a direct statement
# (whichever comma before the verb the subject's is), a plain clause a reported one.
CLAUSE_THEN_SPEAKER: list[Row] = [
    (
        (
            "“Our navies will sail together, and our pilots will train together,” Defence Minister "
            "Ingrid Halvorsen said."
        ),
        [("Halvorsen", "Our navies will sail together, and our pilots", D, None)],
    ),
    (
        (
            "“The exercise went well, the crews learned a lot, and we will meet again,” said "
            "Defence Minister Ingrid Halvorsen."
        ),
        [("Halvorsen", "The exercise went well, the crews learned", D, None)],
    ),
    (
        (
            "Ingrid Halvorsen spoke first. “We trained hard. The exercise, in the end, went well,” "
            "Halvorsen said."
        ),
        [("Halvorsen", "We trained hard. The exercise, in the end", D, None)],
    ),
    (
        "The two navies will hold a joint drill in May, Defence Minister Ingrid Halvorsen said.",
        [("Halvorsen", "The two navies will hold a joint drill in May", R, None)],
    ),
]


def _check(text: str, want: Want) -> None:
    report = defrel.parse(text)
    got = report.statements
    assert len(got) == len(want), [s.text for s in got]
    for st, (speaker, head, kind, channel) in zip(got, want, strict=True):
        assert st.text.startswith(head), st.text
        assert st.kind is kind
        if speaker is None:
            assert st.speaker is None
        else:
            assert st.speaker is not None, st.text
            assert speaker.lower() in st.speaker.name.lower(), st.speaker.name
        if channel is not None:
            assert st.channel is channel
        quote = [sp for sp in st.spans if sp.role == "quote"]
        assert len(quote) == 1
        assert text[quote[0].start : quote[0].end] == st.text


@pytest.mark.parametrize(("text", "want"), QUOTE_STYLES)
def test_quote_styles(text: str, want: Want) -> None:
    _check(text, want)


@pytest.mark.parametrize(("text", "want"), ATTRIBUTIONS)
def test_attribution_positions(text: str, want: Want) -> None:
    _check(text, want)


@pytest.mark.parametrize(("text", "want"), HANDLES)
def test_handles(text: str, want: Want) -> None:
    _check(text, want)
    speaker = defrel.parse(text).statements[0].speaker
    assert speaker is not None
    assert "@SecDef" in speaker.handles


@pytest.mark.parametrize(("text", "want"), CHANNELS)
def test_channel_cues(text: str, want: Want) -> None:
    _check(text, want)


@pytest.mark.parametrize(("tail", "channel"), SETTINGS)
def test_settings(tail: str, channel: Channel) -> None:
    _check(SAID + tail, [("Rizal", "We will not back down", D, channel)])


@pytest.mark.parametrize(("text", "want"), REPORTED)
def test_reported_speech(text: str, want: Want) -> None:
    _check(text, want)


@pytest.mark.parametrize(("text", "want"), UNMARKED)
def test_unmarked_speech(text: str, want: Want) -> None:
    _check(text, want)


@pytest.mark.parametrize(("text", "want"), CONTINUATIONS)
def test_continuation_quotes(text: str, want: Want) -> None:
    _check(text, want)


@pytest.mark.parametrize(("text", "want"), OCCASIONS)
def test_occasions(text: str, want: Want) -> None:
    _check(text, want)


@pytest.mark.parametrize(("text", "want"), REPORTED_SHAPES)
def test_reported_shapes(text: str, want: Want) -> None:
    _check(text, want)


def test_a_body_named_with_an_article_is_named_without_it() -> None:
    text = (
        "\u201cThe navies discussed the new patrol plans in depth,\u201d according to a "
        "defence ministry statement."
    )
    (st,) = defrel.parse(text).statements
    assert st.speaker is not None
    assert st.speaker.name == "Defence Ministry"


@pytest.mark.parametrize(("text", "want"), RETOLD)
def test_retold_and_lead_ins(text: str, want: Want) -> None:
    _check(text, want)


@pytest.mark.parametrize(("text", "want"), OFFICES)
def test_offices(text: str, want: Want) -> None:
    _check(text, want)


@pytest.mark.parametrize(("text", "want"), BACK_REFERENCES)
def test_back_references(text: str, want: Want) -> None:
    _check(text, want)


@pytest.mark.parametrize("text", REPORTED_NEGATIVES)
def test_reported_negatives(text: str) -> None:
    assert [s.text for s in defrel.parse(text).statements] == []


@pytest.mark.parametrize(("text", "want"), POSTS)
def test_posts_on_their_own_lines(text: str, want: Want) -> None:
    _check(text, want)


@pytest.mark.parametrize(("text", "want"), GENERALISED)
def test_generalised_shapes(text: str, want: Want) -> None:
    _check(text, want)


def _check_exact(text: str, want: Want) -> None:
    got = defrel.parse(text).statements
    assert [(st.text, st.kind) for st in got] == [(w, k) for _, w, k, _ in want]
    for st, (speaker, _, _, channel) in zip(got, want, strict=True):
        if speaker is None:
            assert st.speaker is None
        else:
            assert st.speaker is not None, st.text
            assert speaker.lower() in st.speaker.name.lower(), st.speaker.name
        if channel is not None:
            assert st.channel is channel, st.text


@pytest.mark.parametrize(("text", "want"), BOUNDARIES)
def test_boundaries_and_channels(text: str, want: Want) -> None:
    _check_exact(text, want)


@pytest.mark.parametrize(("text", "want"), CHANNEL_FAMILIES)
def test_channel_families(text: str, want: Want) -> None:
    _check_exact(text, want)


@pytest.mark.parametrize(("text", "want"), TOOK_TO)
def test_took_to_a_platform(text: str, want: Want) -> None:
    _check_exact(text, want)


@pytest.mark.parametrize(("text", "want"), DOCUMENTS)
def test_documents_that_read(text: str, want: Want) -> None:
    _check_exact(text, want)


@pytest.mark.parametrize(("text", "want"), SPEECH_NOUNS)
def test_speech_nouns_and_sources(text: str, want: Want) -> None:
    _check_exact(text, want)


@pytest.mark.parametrize(("text", "want"), MORE_BOUNDARIES)
def test_more_boundaries(text: str, want: Want) -> None:
    _check_exact(text, want)


@pytest.mark.parametrize(("text", "want"), SECOND_VERBS)
def test_second_verbs_and_speech_nouns(text: str, want: Want) -> None:
    _check_exact(text, want)


@pytest.mark.parametrize(("whom", "channel"), TOLD_WHOM)
def test_told_whom(whom: str, channel: Channel) -> None:
    _check(TOLD + whom, [("Duale", "We stand with you", D, channel)])


@pytest.mark.xfail(strict=True, reason="a lone surname ending in s is taken for a plural")
@pytest.mark.parametrize(("text", "want"), KNOWN_MISSES)
def test_known_misses(text: str, want: Want) -> None:
    _check(text, want)


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_statements(text: str) -> None:
    assert defrel.parse(text).statements == ()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("He said “one two three four” today.", ["one two three four"]),
        ("”Same mark opens and closes,” he said.", ["Same mark opens and closes,"]),
        ("She wrote ‘a b c d’ and 'e f g h'.", ["a b c d", "e f g h"]),
        ("«Les deux pays», dit-il.", ["Les deux pays"]),
        ("The '90s were India's years, weren't they?", []),
        ("Santos' thesis and the US' role are “clear enough now”.", ["clear enough now"]),
        ("It opens “and never closes", ["and never closes"]),
        # Left open, then closed by a lone mark in the next paragraph: it runs on there.
        ("A “first\nand a second” here", ["first", "and a second"]),
    ],
)
def test_quote_marks(text: str, want: list[str]) -> None:
    t = prepare(text)
    got = [text[slice(*q.inner)].strip() for q in find_quotes(t)]
    assert got == want


def test_quotes_over_paragraphs_share_a_chain() -> None:
    t = prepare("“First part of it.\n“Second part of it,” he said.\n“A new one,” she said.")
    chains = [q.chain for q in find_quotes(t)]
    assert chains == [0, 0, 1]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # The second paragraph does not reopen the quotation but closes it: it runs on.
        (
            "“First part of it.\n\nThe navy's second part of it.”\n\nNarration here.",
            [("First part of it.", 0, True), ("The navy's second part of it.", 0, False)],
        ),
        # A paragraph whose first mark opens a quotation starts a new one.
        (
            "“First part of it.\n\nThe “second” part.\n\nNarration.",
            [("First part of it.", 0, True), ("second", 1, True)],
        ),
        # Nothing left open before: a lone closing mark opens nothing.
        ("“First part of it.”\n\nThe second part of it.”", [("First part of it.", 0, True)]),
    ],
)
def test_quotes_closed_in_the_next_paragraph(text: str, want: list[tuple[str, int, bool]]) -> None:
    t = prepare(text)
    got = [(t.text[slice(*q.inner)].strip(), q.chain, q.marked) for q in find_quotes(t)]
    assert got == want


RUNS_OF_MARKS = [
    "“" * 200,
    "a “" + "”“" * 90 + " b",
    "x " + "\"'“”‘’«»„" * 40 + " y",
    "He said: " + "«" * 70 + "We will go together." + "»" * 70,
    "“Open " + "'" * 130 + " words left open here\n“and on” he said",
    "one ‘two ’ three “four „five ” six «seven» eight' nine’s\nten “eleven",
]


@pytest.mark.parametrize("text", RUNS_OF_MARKS)
def test_long_runs_of_marks_read_like_single_marks(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Runs are read in cached chunks, and marks are found one by one or by one scan:
    # neither the chunk size nor the way marks are found may change a quotation.
    from defrel import _quotes

    def reading() -> list[tuple[int, int, bool, int]]:
        return [(q.open, q.close, q.closed, q.chain) for q in find_quotes(prepare(text))]

    want = reading()
    for chunk, few in ((1, 0), (3, 10_000), (10_000, 0)):
        _quotes._read.cache_clear()
        monkeypatch.setattr(_quotes, "_CHUNK", chunk)
        monkeypatch.setattr(_quotes, "_FEW", few)
        assert reading() == want
    _quotes._read.cache_clear()


def test_many_unmatched_marks_stay_linear() -> None:
    text = ('"' * 50_000) + (" “x" * 30_000) + (" ‘y" * 30_000)
    report = defrel.parse(text)
    assert all(len(s.text.split()) >= 4 for s in report.statements)


def test_long_sentence_of_reported_cues_stays_linear() -> None:
    # One "sentence" of thousands of speech cues: every per-cue window is bounded, so this
    # is linear (it was quadratic when the channel read the whole sentence before each cue).
    text = (
        "Defence Minister Ahmad Rizal said that the navy would sail, adding that the army "
        "would march, "
    ) * 2000 + "he said the army would march and he said " * 2000
    t = prepare(text)
    found = find_statements(t, find_mentions(t, dt.date(2024, 5, 3)))
    assert all(s.speaker is not None for s in found if s.kind is R)


def test_seed_statements_exactly() -> None:
    doc = defrel.load(__import__("tests.conftest", fromlist=["SEED"]).SEED)
    got = [
        (s.speaker.name if s.speaker else None, s.text[:30], s.kind, s.channel)
        for s in defrel.parse(doc).statements
    ]
    assert got == [
        ("Lloyd Austin", "Great to meet again with my fr", D, TWEET),
        ("Rajnath Singh", "Delighted to meet my friend, @", D, TWEET),
        ("Rajnath Singh", "India-US partnership is critic", D, TWEET),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            (
                "Secretary of Defense Mark Ellison said Monday the alliance would grow stronger "
                "following a meeting with his Nordic counterparts in Oslo."
            ),
            "the alliance would grow stronger",
        ),
        (
            (
                "Secretary of Defense Mark Ellison said the alliance was strong, and thanked "
                "Norway for its support."
            ),
            "the alliance was strong",
        ),
        (
            (
                "Secretary of Defense Mark Ellison spoke with his counterpart. Ellison stressed "
                "that the two allies stood together, the Pentagon said."
            ),
            "the two allies stood together",
        ),
        (
            (
                "Defence Minister Ingrid Halvorsen said last week the two navies would share a "
                "base, following talks in Bergen."
            ),
            "the two navies would share a base",
        ),
    ],
)
def test_reported_clause_ends(text: str, want: str) -> None:
    assert want in [s.text for s in defrel.parse(text).statements]


def test_span_word_marks_are_no_words() -> None:
    """The marks ``_span_words`` splits at without the pattern are no letters or digits."""
    from defrel import _statements as st

    assert not [c for c in st._NON_WORD_MARKS if st._WORD.match(c)]


@pytest.mark.parametrize(
    "text",
    [
        "The minister’s plan — “a new start” – was agreed…",
        "snake_case and 2024-05-01, x2",
        "Café talks in Zürich",  # letters outside ASCII: read by the pattern
        "digits ٣ and ² and a mark e\u0301",
        "",
        "“”’",
    ],
)
def test_span_words_match_the_pattern(text: str) -> None:
    from defrel import _statements as st

    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert st._span_words(text, start, end) == st._WORD.findall(text, start, end)


@pytest.mark.parametrize(
    "text",
    [
        "The envoy said the talks went well, and added that more would follow.",
        "Well-said words. She re-affirmed it; he said so.",  # "said" a word of its own too
        "Only well-said words here.",  # "said" never stands alone: no cue
        "snake_said and said_x but nothing else",  # "_" joins: the split reads them
        "Le ministre a dit: Zoë said that ties are strong.",  # a letter outside ASCII
        "They told@reporters #said it ~said ~ said.",
        "",
    ],
)
def test_cue_words_present_as_the_split_reads_them(text: str) -> None:
    """The cue words come out as the split at white space and punctuation finds them."""
    from defrel import _statements as st

    t = prepare(text)
    low = t.lower if t.lower is not None else st._lower(text)
    words = low.encode("ascii", "replace").translate(st._SPACED).split()
    want = sorted(w.decode() for w in st._CUE_BYTES.intersection(words))
    assert sorted(st._heads_present(t, low)) == want


@pytest.mark.parametrize(
    "text",
    [
        "The envoy said the talks went well, and added that more would follow.",
        "Well-said words. She re-affirmed it; he said so, adding that it held.",
        "Only well-said words here, said-so words and unsaid ones.",
        "snake_said and said_x but she said that ties hold",
        "Le ministre a dit: Zoë said that ties are strong.",
        "He stressed-out. He said-that. Then he stressed that ties hold.",
        "",
    ],
)
def test_cues_read_with_the_words_present(text: str) -> None:
    """``_cues`` in one pass: the cue matches at each place of each word present."""
    from defrel import _statements as st

    t = prepare(text)
    low = t.lower if t.lower is not None else st._lower(text)
    want = []
    for head in st._heads_present(t, low):
        at = low.find(head)
        while at >= 0:
            after = at + len(head)
            if (at == 0 or not low[at - 1].isalnum()) and (
                after >= len(low) or not (low[after].isalpha() or low[after] == "-")
            ):
                m = st._CUE.match(text, at, at + 60)
                if m is not None:
                    want.append(m.span())
            at = low.find(head, after)
    assert [m.span() for m in st._cues(t, low)] == sorted(want)


@pytest.mark.parametrize(("text", "want"), CLAUSE_THEN_SPEAKER)
def test_clause_then_speaker(text: str, want: Want) -> None:
    _check(text, want)


@pytest.mark.parametrize(
    "text",
    [
        "Aria Lund, the ex-envoy, said so",  # "ex-": the word "ex" of the split
        "Aria Lund, the former envoy",
        "ties grew\u00a0following a visit by the team",  # a space outside ASCII
        "ties grew, during the talks",
        "ties grew, as well as improving",
        "ties grew, whilst keeping pace",
        "ties grew; he said more",
        "the plan, according to aides",
        "ties grew, on the sidelines of a summit",
        "ties grew after the talks with Zoë",
        "ties grew, adding that more would come",
        "ties “grew”",
        "nothing here ends the clause",
        "translated, latest, wellness, exit",  # the words inside longer ones: no cut
    ],
)
def test_clause_cut_words_stand_in_the_split(text: str) -> None:
    """Where ``_CLAUSE_CUT_ALONE`` cuts, ``cut_after`` finds a cut word or mark first."""
    from defrel import _statements as st

    words = text.encode("ascii", "replace").translate(st._SPACE_NON_ALNUM).split()
    holds = not st._CUT_WORDS.isdisjoint(words) or any(m in text for m in st._CUT_MARKS)
    if st._CLAUSE_CUT_ALONE.search(text):
        assert holds
    assert holds == (text != "nothing here ends the clause" and not text.startswith("transl"))


def test_repeated_spans_share_word_sets_alike() -> None:
    """With many statements the word sets of equal spans are shared: the same records."""
    unit = (
        "Minister Aria Lund said the two navies would train together. "
        "General Tomas Brook said the plan was sound and would go ahead. "
    )
    few = defrel.parse(unit * 3).statements
    many = defrel.parse(unit * 40).statements  # more than ``_MANY_SPANS`` statements read
    assert [(s.speaker, s.text, s.kind) for s in few] == [(s.speaker, s.text, s.kind) for s in many]
    assert len(few) == 2


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Sources close to the ministry said the drill was on.", True),
        ("People in the ministry said the drill was on.", True),
        ("AIDES OF the ministry said the drill was on.", True),
        ("The envoy of the ministry said the drill was on.", False),
    ],
)
def test_sources_read_only_where_their_nouns_are(text: str, want: bool) -> None:
    """``_sources_of`` looks only for the source nouns the text holds: the same answer."""
    from defrel import _statements as st

    t = prepare(text)
    ctx = st._Ctx(t, find_mentions(t, dt.date(2024, 5, 1)), find_quotes(t))
    stop = text.index("ministry")
    assert st._sources_of(ctx, 0, stop) is want
    assert (st._SOURCES_OF.search(text, 0, stop) is not None) is want
    assert set(ctx.source_nouns()) <= set(st._SOURCE_NOUNS)


@pytest.mark.parametrize(
    "text",
    [
        "He said so. Then, she added that",
        "  \u00a0she left; the chief, in turn, he argued",
        "the minister met the general and said the navy",
        "Later that day , He spoke",
        "Shell he, She",
        "",
    ],
)
def test_leading_pronoun_read_only_where_it_may_match(text: str) -> None:
    """``_leading_pronoun`` answers as ``_LEADING_PRONOUN.match`` over every window."""
    from defrel import _statements as st

    for start in range(len(text) + 1):
        for stop in range(start, len(text) + 1):
            got = st._leading_pronoun(text, start, stop)
            want = st._LEADING_PRONOUN.match(text, start, stop)
            assert (got and got.span("p")) == (want and want.span("p"))


@pytest.mark.parametrize(
    ("low", "want"),
    [
        ("plain ascii words", True),
        ("“quoted” — words’ marks…\u00a0only", True),
        ("a letter é outside ascii", False),
        ("a lone \ud800 surrogate", False),
        ("private \ue000 use", False),
        ("", True),
    ],
)
def test_ascii_words_stops_at_the_first_other_character(low: str, want: bool) -> None:
    """``_ascii_words``: ASCII and the common marks only, as the set of marks reads it."""
    from defrel import _statements as st

    assert st._ascii_words(low) is want
    others = {c for c in low if not c.isascii()}
    assert (others <= st._NON_WORD_MARKS) is want


@pytest.mark.parametrize(
    "text",
    ["issues and", "issues, or", "a band", "x or", "and", "or", "", "sand ", "issues,\u00a0and"],
)
def test_dangling_and_read_only_at_a_closing_and_or(text: str) -> None:
    """``_DANGLING_AND`` ends its window with "and" or "or": the cheap test agrees."""
    from defrel import _statements as st

    for start in range(len(text) + 1):
        lo = max(start, len(text) - 5)
        if st._DANGLING_AND.search(text, lo, len(text)):
            assert text.endswith(("and", "or"), lo, len(text))


@pytest.mark.parametrize(
    "text",
    [
        "The talks went well, adding that the drills would go on.",
        "The drills would go on ,  ,  noting that the navy was ready.",
        "The envoy, Smith, the former chief, said the pact stood.",
        "The chief said the plan held; he then left for the airport.",
        "The pact stands and thanked the hosts for the welcome.",
        "Ties were “excellent” and “deep”, as well as durable.",
        "The plan held , on the sidelines of the summit in Oslo.",
        "The navy will sail in spring following a meeting with the allies.",
        "Plain words with no cut at all.",
        "Words «quoted» here, according to the release.",
        "The Envoy Smith, the ex-minister, spoke; she added, and but, while leaving.",
        "Cuts , , adding that one; and “two” and but praised, during a long meeting of all.",
        "The Smith, a former aide and then thanked, in reference to the talks, as well as trying.",
        'Nothing cuts here: "marks" only, and «more» after ; them.',
        "Several, , ,  following the talks, following a meeting, after the meeting ended.",
        "Chief Smith the former aide said , in reference to it, Jones ,the late envoy, as well as.",
    ],
)
def test_clause_cuts_tried_where_one_may_start_are_those_of_a_scan(text: str) -> None:
    """``_scan_cuts``: the pattern tried only where a cut may start finds a scan's cuts."""
    from defrel import _statements as st

    t = prepare(text)
    ctx = st._Ctx(t, find_mentions(t, dt.date(2024, 5, 1)), find_quotes(t))
    bare = st._Ctx(attrs.evolve(t, words=()), Mentions(), find_quotes(t))
    spans = [*t.sentences, (0, len(text))]
    for s0, s1 in spans:
        for pattern in (st._CLAUSE_CUT, st._CLAUSE_CUT_ALONE):
            whole = [m.span() for m in pattern.finditer(text, s0, s1)]
            assert [m.span() for m in ctx._scan_cuts(pattern, s0, s1)] == whole
            # Without the shared words, the sentence is scanned.
            assert [m.span() for m in bare._scan_cuts(pattern, s0, s1)] == whole
    if "cut" not in text.lower():
        assert ctx._scan_cuts(st._CLAUSE_CUT, 0, len(text))  # (the table's cuts are found)


@pytest.mark.parametrize(
    "text",
    [
        "We will go there soon, and then some more words follow here at length.",
        "one_two three_four five six",  # "_" parts words for the pattern
        "a b c",
        "Zoë and Žofie went to Łódź and back again with everyone",
        "“Four quoted words here” and more — words…",
        "12 34 56 78 9",
        "x" * 60 + " a b c d",
    ],
)
def test_four_words_read_first_from_the_ascii_words_ahead(text: str) -> None:
    """``_four_words`` answers as ``_FOUR_WORDS`` over every window."""
    from defrel import _statements as st

    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            want = st._FOUR_WORDS.search(text, start, end) is not None
            assert st._four_words(text, start, end) is want


def test_word_sets_read_only_for_a_comparison() -> None:
    """A quote printed twice by one speaker counts once; other speakers' quotes all stand.

    The word sets of ``_assemble`` are read lazily: a speaker's first quote needs none until
    a second one compares with it.
    """
    text = (
        "“We will deepen our naval ties with every partner,” Anna Berg said.\n"
        "“Our ties with the navy of Norway will grow,” Lars Holm said.\n"
        "“We will deepen our naval ties with every partner,” Berg said again."
    )
    t = prepare(text)
    found = find_statements(t, find_mentions(t, dt.date(2024, 5, 1)))
    assert [(s.speaker.name if s.speaker else None, s.text[:12]) for s in found] == [
        ("Anna Berg", "We will deep"),
        ("Lars Holm", "Our ties wit"),
    ]


def _may_end_by_letters(tail: str, heads: tuple[str, ...]) -> bool:
    """``_may_end`` as it read the last word: letter by letter from the end."""
    from defrel import _statements as st

    if "quoted" in tail:
        return True
    end = tail.rstrip().removesuffix(",")
    k = len(end)
    while k and end[k - 1].isalpha():
        k -= 1
    word = end[k:]
    if not word.isascii():
        return True
    return (
        word.endswith(heads) or word in st._BETWEEN_WORDS or (len(word) > 2 and word.endswith("ly"))
    )


@pytest.mark.parametrize(
    "tail",
    [
        "the defence minister",
        "the defence minister, ",
        "the ministeré",
        "the émissaire",
        "the chief also",
        "the chief 2",
        "the chief, swiftly ,",
        "",
        " ",
        "é",
        "x",
        "the spokesperson was quoted",
    ],
)
def test_may_end_reads_the_last_word_at_once(tail: str) -> None:
    from defrel import _statements as st

    for heads in (st._TITLE_ENDS, st._ORG_ENDS):
        assert st._may_end(tail, heads) is _may_end_by_letters(tail, heads)


@pytest.mark.parametrize(
    "window",
    [
        "ties hold,",
        'ties hold,"  ',
        "ties,” \u00a0",
        "ties, “",
        'a,""',
        ",",
        "",
        "x",
        "a,\x1c",
        "a,’\n",
    ],
)
def test_inverted_lead_read_without_the_pattern(window: str) -> None:
    from defrel import _statements as st

    assert st._inverted_lead(window) is (st._INVERTED_LEAD.match(window) is not None)


@pytest.mark.parametrize(
    "text",
    [
        "NEW DELHI: The talks went well.",
        "BEIJING, May 8 (Xinhua) -- The talks went well.",
        "Oslo - the talks went well, said the minister.",
        "O'NEILL - the talks",
        "The talks went well.",
        "ÉVORA: the talks went well.",
        "A",
        "",
    ],
)
def test_dateline_tried_only_where_it_may_match(text: str) -> None:
    from defrel import _statements as st

    for start in range(len(text) + 1):
        for stop in (start, len(text)):
            got = st._dateline_at(text, start, stop)
            want = st._DATELINE.match(text, start, stop)
            assert (got and got.span()) == (want and want.span())


_LEAD = "Chief of Defence Staff General Ade Bello met his Ghanaian counterpart on Monday.\n\n"
_R, _ST = StatementKind.REPORTED, Channel.STATEMENT


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            _LEAD + "Bello greeted the guests, highlighting that the two armies share a history.",
            [("Bello", "the two armies share a history", _R, None)],
        ),
        (
            _LEAD + "The CDS described the talks as useful, adding that closer ties were vital.",
            [("Bello", "closer ties were vital", _R, None)],
        ),
        (
            _LEAD + "The two chiefs discussed piracy, Bello said in a statement summarizing the "
            "meeting.",
            [("Bello", "The two chiefs discussed piracy", _R, _ST)],
        ),
        (
            _LEAD + "Both sides discussed border security, an Inter Services Public Relations "
            "(ISPR) statement said.",
            [("ISPR", "Both sides discussed border security", _R, _ST)],
        ),
    ],
)
def test_reported_speech_of_participles_acronyms_and_statements(text: str, want: Want) -> None:
    _check(text, want)


def test_a_statement_from_a_long_named_body_speaks_for_it() -> None:
    text = (
        _LEAD + '"The chiefs reaffirmed their commitment to maritime security in the region," '
        "a statement from the Department of National Defense (DND) read."
    )
    _check(
        text,
        [("Department of National Defense", "The chiefs reaffirmed their", D, Channel.STATEMENT)],
    )


def test_scare_quotes_before_a_verb_leave_its_clause_to_it() -> None:
    text = (
        _LEAD + "Bello described the call as “cordial” and “positive” and said it was aimed "
        "at closer ties."
    )
    _check(text, [("Bello", "it was aimed at closer ties", R, None)])


def test_a_quote_opening_inside_a_sentence_with_no_speaker_before_takes_the_one_after() -> None:
    text = (
        "Defence Minister Ahmed Farid met his Sudanese counterpart on Monday.\n\n"
        'Cairo seeks to "consolidate ties with Sudan in all fields, especially in the military '
        'spheres," according to Farid.'
    )
    _check(text, [("Farid", "consolidate ties with Sudan in all fields", D, None)])


@pytest.mark.parametrize(
    "text",
    [
        "",
        "“We will",
        '"  «— ...we',
        "“—…‘ 12 Über alles",
        "“ ‘ “ ‘ “ ‘ “ ‘ “ é",
        "12345678 9 no letter at all 42",
        "1234567",
        "\u00a0\u2009“Éte",
        "_-_-_-_-_-x",
    ],
)
def test_first_letter_and_word_read_as_the_patterns_do(text: str) -> None:
    """``_first_letter`` and ``_has_word``: the answers of ``_LETTER`` and ``_WORD``."""
    from defrel import _statements as st

    for start in range(len(text) + 1):
        for stop in range(start, len(text) + 1):
            m = st._LETTER.search(text, start, stop)
            assert st._first_letter(text, start, stop) == (m.group() if m else "")
            assert st._has_word(text, start, stop) == bool(st._WORD.search(text, start, stop))


@pytest.mark.parametrize(
    "text",
    [
        "in the end",
        "inside the tent",
        "this week the",
        "this is",
        "special thanks to",
        "no-one came",
        "so2 is a gas",
        "Today it rains",
        "today it rains",
        "the message posted on the site",
        "an official statement",
        "that report said",
        "These reports",
        "emphasizing ties",
        "yesterday,",
        "hello",
    ],
)
def test_lead_word_tests_agree_with_the_patterns(text: str) -> None:
    """``_NOT_CLAUSE`` and ``_SOURCE_NP`` match only after a word of their first words."""
    from defrel import _statements as st

    for start in range(len(text) + 1):
        want = st._NOT_CLAUSE.match(text, start, len(text)) is not None
        assert st._not_clause(text, start, len(text)) == want
        if st._SOURCE_NP.match(text, start, len(text)) is not None:
            assert st._lead_word(text, start) in st._SOURCE_FIRST
    # Every branch of ``_NOT_CLAUSE`` opens with a word of ``_NOT_CLAUSE_FIRST``.
    for branch in st._NOT_CLAUSE.pattern.split("|"):
        head = regex.match(r"[a-z\[\]]+", branch.strip().removeprefix("(?:").removeprefix("(?:"))
        assert head is not None, branch
        for first in {head.group().replace("[sz]", "s"), head.group().replace("[sz]", "z")}:
            assert first in st._NOT_CLAUSE_FIRST, first


@pytest.mark.parametrize(
    "text",
    [
        "",
        "No colon here.\n\nNor here.",
        "Lee said:\n\nWe will go.\n\nAt 10:30: the talks.\n\nNone.",
        "A: b: c:\n\n:\n\nx\n\ny: z",
    ],
)
def test_colon_paragraphs_are_those_holding_a_colon(text: str) -> None:
    from defrel import _statements as st

    t = prepare(text)
    ctx = st._Ctx(t, Mentions(), find_quotes(t))
    want = [k for k, (p0, p1) in enumerate(t.paragraphs) if ":" in text[p0:p1]]
    assert ctx.colon_paragraphs() == want


# Held-out accuracy rules: each row the statements exactly, (speaker word or None, text, kind).
Exact = list[tuple[str | None, str, StatementKind]]
HELD_OUT_SHAPES: list[tuple[str, Exact]] = [
    # "that A and that B": one reported clause, both objects of its verb
    (
        (
            "Defence Minister Ana Rojas stressed that the border was calm and that the two "
            "armies would patrol it together."
        ),
        [
            (
                "Rojas",
                "the border was calm and that the two armies would patrol it together",
                R,
            )
        ],
    ),
    (
        (
            "Defence Minister Ana Rojas said that the drills had ended, and that both navies "
            "would sail home in June."
        ),
        [("Rojas", "the drills had ended, and that both navies would sail home in June", R)],
    ),
    # ... but a second verb with its own "that" is a second statement
    (
        (
            "Defence Minister Ana Rojas said that the drills had ended and warned that the "
            "border was still tense."
        ),
        [
            ("Rojas", "the drills had ended", R),
            ("Rojas", "the border was still tense", R),
        ],
    ),
    # a scare quote too short to be a statement leaves its clause standing
    (
        "Defence Minister Ana Rojas explained that the two rounds of talks were “most useful.”",
        [("Rojas", "the two rounds of talks were “most useful.”", R)],
    ),
    (
        "Defence Minister Ana Rojas said the talks were “very useful”.",
        [("Rojas", "the talks were “very useful”", R)],
    ),
    # a paragraph of unmarked first-person speech closed by its attribution: one statement
    (
        (
            "Defence Minister Ana Rojas welcomed her guest.\n\n"
            "We are glad you came so soon. Our two navies have much to do together. The "
            "coast guard will join the drills in May, she said."
        ),
        [
            (
                "Rojas",
                (
                    "We are glad you came so soon. Our two navies have much to do together. "
                    "The coast guard will join the drills in May"
                ),
                R,
            )
        ],
    ),
    # ... not when a sentence before it is narration
    (
        (
            "Defence Minister Ana Rojas welcomed her guest.\n\n"
            "The talks lasted two hours. Our two navies have much to do together, she said."
        ),
        [("Rojas", "Our two navies have much to do together", R)],
    ),
    # ... nor when a sentence before it has an attribution of its own
    (
        (
            "Defence Minister Ana Rojas welcomed her guest.\n\n"
            "She said we would meet again. Our two navies have much to do together, she added."
        ),
        [
            ("Rojas", "we would meet again", R),
            ("Rojas", "Our two navies have much to do together", R),
        ],
    ),
    # "the deputy defense minister": the one whose title holds every word, not the nearest
    (
        (
            "Russian Deputy Defense Minister Ivan Petrov and Chilean Minister of National "
            "Defense Ana Rojas have agreed to work together at a meeting in Santiago.\n\n"
            "Petrov also informed Rojas about the situation in the region, stressing the need "
            'to help refugees. The deputy defense minister noted that "joint work at the '
            'United Nations is of great value to both of us."'
        ),
        [("Petrov", "joint work at the United Nations is of great value to both of us.", D)],
    ),
    # ... a country adjective is no office word: the mention's own reading stands
    (
        (
            "Russian Deputy Defense Minister Ivan Petrov and Chilean Minister of National "
            "Defense Ana Rojas have agreed to work together at a meeting in Santiago.\n\n"
            "Petrov thanked Rojas for her welcome. The Chilean minister noted that "
            '"joint work at the United Nations is of great value to both of us."'
        ),
        [("Rojas", "joint work at the United Nations is of great value to both of us.", D)],
    ),
    # ", adding that “…”": the quotation is the statement, no reported clause beside it
    (
        (
            "Defence Minister Ana Rojas praised the drills, adding that "
            '"the two navies have never worked so well together."'
        ),
        [("Rojas", "the two navies have never worked so well together.", D)],
    ),
    # "X shared, “…”": sharing words set off before a quotation attributes it
    (
        (
            "Defence Minister Ana Rojas met the navy chief in Lima. In a post on X, HQ IDS "
            "shared, “The two navies will hold their first joint drill next month.”"
        ),
        [("HQ IDS", "The two navies will hold their first joint drill next month.", D)],
    ),
    (
        'Defence Minister Ana Rojas shared: "We will keep our promises to our partners."',
        [("Rojas", "We will keep our promises to our partners.", D)],
    ),
    # "…, the agency reported. …, it said.": "it" is the newsroom, which reports, not states
    (
        (
            "The Defence Ministry said the two navies would train together in May. Peru sent "
            "two ships to the drill, the state news agency Andina reported. The ships will stay "
            "for a month, it said."
        ),
        [("Ministry", "the two navies would train together in May", R)],
    ),
    # ... without the newsroom between, "it" is the ministry that spoke last
    (
        (
            "The Defence Ministry said the two navies would train together in May. Peru sent "
            "two ships to the drill. The ships will stay for a month, it said."
        ),
        [
            ("Ministry", "the two navies would train together in May", R),
            ("Ministry", "The ships will stay for a month", R),
        ],
    ),
    # "…, said a release by Peru's Ministry of X": the ministry, named by its head word
    (
        (
            "Peru and Chile have renewed their pledge to patrol their shared coast, said a "
            "release by Peru’s Ministry of Information on Tuesday."
        ),
        [
            (
                "Ministry of Information",
                "Peru and Chile have renewed their pledge to patrol their shared coast",
                R,
            )
        ],
    ),
    (
        (
            "Peru and Chile have renewed their pledge to patrol their shared coast, said a "
            "release by the Ministry of Home Affairs and Security Thursday."
        ),
        [
            (
                "Ministry of Home Affairs and Security",
                "Peru and Chile have renewed their pledge to patrol their shared coast",
                R,
            )
        ],
    ),
    # ... a release by no named body: no one to attribute the words to
    (
        (
            "Peru and Chile have renewed their pledge to patrol their shared coast, said a "
            "release by the coastal authorities."
        ),
        [],
    ),
    # "Jane Roe has said": a name no title introduces, before an auxiliary and the verb
    (
        (
            "UN Secretary-General Lena Varga has said the summit will "
            '"deal with the war in the east and more."'
        ),
        [("Varga", "deal with the war in the east and more.", D)],
    ),
    (
        "UN Secretary-General Lena Varga had said the summit would end early this year.",
        [("Varga", "the summit would end early this year", R)],
    ),
    # "…,” the document says": a document speaks for the body that spoke before
    (
        (
            "The Defence Ministry said the two navies would train together in May.\n\n"
            '"The drills will cover search and rescue at sea," the document says.'
        ),
        [
            ("Ministry", "the two navies would train together in May", R),
            ("Ministry", "The drills will cover search and rescue at sea,", D),
        ],
    ),
    # "…,” it added": the body that spoke, though nine sentences of narration stand between
    (
        (
            "Defence Minister Ana Rojas spoke with her Peruvian counterpart Luis Soto, the "
            "Defence Ministry said in a statement.\n\nBoth ministers discussed coastal "
            "security. They also looked at training.\n\nRojas described the call as useful. "
            'The call lasted an hour.\n\n"We agreed to keep in close touch," Rojas said.\n\n'
            "She thanked Soto for his time. Soto invited her to Lima. Rojas accepted the "
            "invitation. The visit may take place in June. No date was set.\n\n"
            '"The two ministers also agreed to hold a joint drill next year," it added.'
        ),
        [
            (
                "Ministry",
                "Defence Minister Ana Rojas spoke with her Peruvian counterpart Luis Soto",
                R,
            ),
            ("Rojas", "We agreed to keep in close touch,", D),
            ("Ministry", "The two ministers also agreed to hold a joint drill next year,", D),
        ],
    ),
    # "following A and the meeting of …": a cause of two parts is the clause's, not a cut
    (
        (
            "The Defence Ministry said the drills were the first of their kind following the "
            "new border accords and the meeting of the two leaders in June."
        ),
        [
            (
                "Ministry",
                (
                    "the drills were the first of their kind following the new border accords "
                    "and the meeting of the two leaders in June"
                ),
                R,
            )
        ],
    ),
    # ... "after the talks in …" still ends the clause
    (
        "Defence Minister Ana Rojas said the two navies would share a base after the talks here.",
        [("Rojas", "the two navies would share a base", R)],
    ),
    # "affirmed the importance of the talks that build trust": a relative "that", no speech
    (
        (
            "Defence Minister Ana Rojas affirmed the importance of regular talks that build "
            "trust between the two navies."
        ),
        [],
    ),
    # ... an object that is no such noun still lets its "that" open the clause
    (
        "Defence Minister Ana Rojas assured her guest that the two navies would train together.",
        [("Rojas", "the two navies would train together", R)],
    ),
    # two speakers as one subject, the second named at length: no single speaker
    (
        (
            "Chilean Defence Minister Ana Rojas hosted her guest. In their talks, Rojas and "
            "Peruvian Defence Minister General Luis Soto shared the view that the border was calm."
        ),
        [],
    ),
    # ", expressing her belief that B": a participle of speech, B a clause of its own
    (
        (
            "Defence Minister Ana Rojas said that the drills had gone well, expressing her "
            "belief that the two navies would grow closer."
        ),
        [
            ("Rojas", "the drills had gone well", R),
            ("Rojas", "the two navies would grow closer", R),
        ],
    ),
    # ... a belief in something is no clause
    (
        (
            "Defence Minister Ana Rojas praised the drills, expressing her belief in the "
            "strength of the alliance between the two navies."
        ),
        [],
    ),
    # "said X renewed A and welcomed B": a second act of the clause's own subject
    (
        (
            "Defence Minister Ana Rojas said the two countries renewed their pledge to patrol "
            "the coast and welcomed the new naval base in the south."
        ),
        [
            (
                "Rojas",
                (
                    "the two countries renewed their pledge to patrol the coast and welcomed the "
                    "new naval base in the south"
                ),
                R,
            )
        ],
    ),
    # ... but after a clause of no such act, "and thanked" is the speaker's own act
    (
        "Defence Minister Ana Rojas said the talks were useful and thanked her host for the visit.",
        [("Rojas", "the talks were useful", R)],
    ),
    # ... and so it is after a comma
    (
        (
            "Defence Minister Ana Rojas said the two countries renewed their pledge to patrol "
            "the coast, and thanked her host for the welcome."
        ),
        [("Rojas", "the two countries renewed their pledge to patrol the coast", R)],
    ),
    # words of two speakers at once ("Both A and B pledged to “…”"): no one's statement
    (
        (
            'Both Defence Minister Ana Rojas and Luis Soto pledged to "speed up the pending '
            'naval projects," including the new base.'
        ),
        [],
    ),
    (
        (
            "Chilean Defence Minister Ana Rojas and her Peruvian counterpart Luis Soto said at "
            'a joint press conference that the two navies will "work together on every part '
            'of the coast."'
        ),
        [],
    ),
    # ... one speaker's words stand
    (
        'Defence Minister Ana Rojas pledged to "speed up the pending naval projects," at once.',
        [("Rojas", "speed up the pending naval projects,", D)],
    ),
    # "Calling it “…”, X praised …": the subject after the words is their speaker
    (
        (
            "Defence Minister Ana Rojas visited Lima. Calling it "
            '"a turning point for the two navies", the Chilean minister praised the new accord.'
        ),
        [("Rojas", "a turning point for the two navies", D)],
    ),
    # ... a newsroom after the words is no speaker
    (
        (
            'Calling it "a turning point for the two navies," the newspaper ran a long story '
            "on the accord."
        ),
        [],
    ),
    # "…, which X said sends a signal that …": the relative pronoun is the clause's subject
    (
        (
            "The drill will include troops from four nations, which Defence Minister Ana "
            "Rojas said sends a signal to the world that the allies stand together."
        ),
        [("Rojas", "sends a signal to the world that the allies stand together", R)],
    ),
    # ... with no relative pronoun before the speaker, the clause follows "that"
    (
        ("Defence Minister Ana Rojas said in a speech to cadets that the allies stand together."),
        [("Rojas", "the allies stand together", R)],
    ),
    # ... a quotation of four words or more is the statement, the stub before it is not
    (
        "Defence Minister Ana Rojas noted that both navies “are keen to sail together soon”.",
        [("Rojas", "are keen to sail together soon", D)],
    ),
]


@pytest.mark.parametrize(("text", "want"), HELD_OUT_SHAPES)
def test_held_out_shapes(text: str, want: Exact) -> None:
    got = [
        (s.speaker.name if s.speaker else None, s.text, s.kind)
        for s in defrel.parse(text).statements
    ]
    assert len(got) == len(want), got
    for (name, words, kind), (speaker, exact, wanted) in zip(got, want, strict=True):
        assert words == exact
        assert kind is wanted
        if speaker is None:
            assert name is None
        else:
            assert name is not None
            assert speaker.lower() in name.lower(), name
