import type { EventCategory } from '@aftershock/shared';
import { companies } from '../../../catalogue/companies';
import { entities } from '../../../catalogue/entities';
import { aboutAi } from '../article-kind';
import type { DetectionArticle } from '../detection-article';
import { ownerOf } from '../entity-owners';
import { statedSum } from '../stated-sum';
import { categoryOfKind, type NewsKind } from './news-kind';
import type { Story, StoryArticle } from './stories';

/** What makes a story an event: its kind, whom it is about, and the words for why. */
export interface StoryEvidence {
  kind: NewsKind;
  category: EventCategory;
  /** The owners the story is about, first report's subjects first. */
  subjects: string[];
  tickers: string[];
  /** The article that states the kind of news best: the event's title. */
  headline: StoryArticle;
  why: string;
}

/** Listed companies by the name their tags carry, and the AI core (chips, power). */
const listed = new Map(companies.map((c) => [c.aliases[0] ?? c.name, c]));
const aiCore = new Set(
  [...listed]
    .filter(([, c]) => c.groups.some((g) => g === 'ai-chips' || g === 'ai-power'))
    .map(([name]) => name),
);

/** AI labs and products of the catalogue, by owner: their launches and deals are market news. */
const labNames = new Set(entities.map((e) => ownerOf(e.name)));

/**
 * A lab or product points to at most this many tickers for its news to be theirs (OpenAI to
 * Microsoft, Anthropic to Amazon and Alphabet); a wider mapping is a theme (DeepSeek to the whole
 * AI complex), whose tickers are a story's only when the theme leads it ("DeepSeek releases R1",
 * not "Microsoft brings a DeepSeek model to its cloud").
 */
const maxOwnerTickers = 2;

/** Kinds whose headline is about every party it names. */
const twoSided: ReadonlySet<NewsKind> = new Set(['deal', 'measure', 'allegation', 'lawsuit']);

/** Kinds that a single report makes an event: the happening is binding or dated by itself. */
const selfEvident: ReadonlySet<NewsKind> = new Set(['results', 'measure', 'leadership']);

/** Products and app features: their launches need a second report to be market news. */
const appFeature =
  /\b(apps?|iOS|Android|tools?|programs?|features?|buttons?|settings?|tabs?|extensions?|widgets?|updates?|keyboard|emoji|wallpapers?|stickers?|filters?|photos|gmail|docs|sheets|maps|chrome|browser|notepad|paint|windows 11|search results|smart ?speakers?|glasses|headsets?|phones?|laptops?|tablets?|watch|tv|cars?)\b/i;

/** A build-out cut back revises a plan the market has priced: material at any size. */
const retreat =
  /\b(cancel(s|led|ling)?|paus(es|ed|ing)|halt(s|ed|ing)?|scraps?|scrapped|delays?|delayed|scal(es|ed|ing) back|shelv(es|ed|ing))\b/i;

/** A measure on no listed company must name AI or chips itself. */
const aiOrChips =
  /\b(AI|A\.I\.|artificial intelligence|chips?|semiconductors?|chipmakers?|GPUs?|chatbots?)\b/;

/** An outage or a breach, as opposed to a flaw found by researchers. */
const serviceDown =
  /\b(outages?|down|breach(es|ed)?|hacked|cyberattacks?|ransomware|exposes|exposed|leaked)\b/i;

/** A product already out reaching more places: an expansion, not a launch. */
const expansion =
  /\b(in (several|more|new|\d+) (countries|markets|languages)|(arrives|expands|comes|now available|launches|rolls out) (in|to) (the )?(EU|UK|Europe|India|Japan|China|the Middle East|Africa|more)|with support for)\b/i;

const sizeStated = /\b\d+(\.\d+)? ?(GW|MW|gigawatts?|megawatts?)\b|\bnuclear\b/i;

function tickersOf(params: {
  owner: string;
  articles: readonly DetectionArticle[];
  kind: NewsKind;
  leading: boolean;
}): string[] {
  for (const a of params.articles) {
    for (const t of a.tags) {
      if (ownerOf(t.entity) !== params.owner) continue;
      if (t.kind === 'company') return [...t.tickers];
      if (t.kind === 'sector') return params.kind === 'measure' ? [...t.tickers] : [];
      if (t.tickers.length <= maxOwnerTickers || params.leading) return [...t.tickers];
    }
  }
  return [];
}

/** A company that acts: buys, invests, leads a round, signs. */
const dealVerb =
  /^[^.]{0,25}?\b(acquires|acquired|to acquire|buys|bought|to buy|invests|invested|leads|led|backs|backing|fuels|joins|inks|signs|agrees|closes|completes|takes a stake|ups its stake)\b/i;

/**
 * Whether a listed company acts in the deal, as the headline's first name followed closely by the
 * deal's verb ("Nvidia completes acquisition of Run:ai", "Microsoft's M12 invests in..."), not as
 * a backer in an adjective ("Nvidia-backed start-up raises...").
 */
function actsFirst(a: DetectionArticle, subjects: readonly string[]): boolean {
  const first = a.tags
    .filter((t) => t.field === 'title' && t.kind === 'company')
    .map((t) => ({ t, at: a.title.indexOf(t.matched) }))
    .sort((x, y) => x.at - y.at)[0];
  if (!first || first.at > 10 || !subjects.includes(ownerOf(first.t.entity))) return false;
  const rest = a.title.slice(first.at + first.t.matched.length);
  return !/^-backed/i.test(rest) && dealVerb.test(rest);
}

function kindOf(story: Story): StoryArticle | undefined {
  const stated = story.members.filter((m) => m.form === 'news' && m.kind !== null);
  const counts = new Map<NewsKind, number>();
  for (const m of stated) if (m.kind) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
  const most = Math.max(0, ...counts.values());
  return stated.find((m) => m.kind !== null && counts.get(m.kind) === most);
}

/**
 * Whether a story is market news, and about whom. A story is an event when a news headline of it
 * states a kind of news (`newsKind`) about a listed company, a lab owned or backed by one, or
 * (for a government measure) the AI or chip sector; outside AI only results, measures and
 * leadership changes count. Results, measures and leadership changes are events on one report;
 * a deal or a build-out on one report when it states $1 billion or more (or gigawatts), else
 * with a second article or source; a launch, an allegation or an incident on one report when its
 * subject leads the headline and it is about AI, except an app's feature or a device, which
 * needs a second report.
 */
export function storyEvidence(story: Story, burst: boolean): StoryEvidence | null {
  const headline = kindOf(story);
  if (!headline?.kind) return null;
  const kind = headline.kind;
  const members = story.members;
  const articles = members.map((m) => m.article);
  const first = members[0];
  if (!first) return null;
  const half = members.length / 2;
  // A deal, a measure or an allegation is about every party its headline names ("Google invests
  // in Anthropic", "UK probes Apple and Google"); other news about the names it leads with.
  const parties = twoSided.has(kind)
    ? headline.article.tags.filter((t) => t.field === 'title').map((t) => ownerOf(t.entity))
    : [];
  const subjects = [
    ...new Set([
      ...first.subjects,
      ...headline.subjects,
      ...parties,
      ...[...story.subjects].filter(([, n]) => n > half).map(([e]) => e),
    ]),
  ];
  const tickers = [
    ...new Set(
      subjects.flatMap((owner, i) => tickersOf({ owner, articles, kind, leading: i === 0 })),
    ),
  ].sort();
  const listedSubject = subjects.some((s) => listed.has(s));
  const sources = new Set(articles.flatMap((a) => [a.source, ...a.alsoIn]));
  const support = sources.size >= 2 || members.length >= 2 || burst;
  const labs = subjects.filter((s) => !listed.has(s) && labNames.has(s));
  const ai = members.some(
    (m) =>
      m.form === 'news' &&
      (aboutAi({ title: m.article.title, hasAiEntity: false }) ||
        m.subjects.some((s) => aiCore.has(s) || labNames.has(s))),
  );
  const title = headline.article.title;
  // Whoever acts leads the headline: in "Lyft's assistant is powered by Anthropic's Claude"
  // Lyft acts, and Lyft is not ours.
  const leads = headline.article.tags.some(
    (t) =>
      t.field === 'title' &&
      subjects.includes(ownerOf(t.entity)) &&
      title.indexOf(t.matched) < title.length / 2,
  );
  const material = statedSum(title) >= 1e9;
  let ok = false;
  let why = '';
  if (selfEvident.has(kind)) {
    ok =
      kind === 'measure'
        ? tickers.length > 0 || members.some((m) => aiOrChips.test(m.article.title))
        : listedSubject || tickers.length > 0;
    why = 'a binding or dated happening, an event on one report';
  } else if (kind === 'incident' && listedSubject && leads && serviceDown.test(title)) {
    // A listed company's service down or breached is news about the company, AI or not.
    ok = true;
    why = 'an outage or a breach of a listed company’s service';
  } else if (kind === 'deal' && material && tickers.length > 0 && ai) {
    // $1 billion changing hands is material to every listed party, leading or not ("Databricks
    // closes $15.3B financing, Meta joins as investor").
    ok = true;
    why = 'a stated sum of $1 billion or more';
  } else if ((tickers.length > 0 || labs.length > 0) && ai && leads) {
    if (kind === 'deal' || kind === 'build-out') {
      ok =
        material ||
        (kind === 'deal' && actsFirst(headline.article, subjects)) ||
        (kind === 'build-out' && (sizeStated.test(title) || retreat.test(title))) ||
        support;
      why = material
        ? 'a stated sum of $1 billion or more'
        : members.length > 1 || sources.size > 1
          ? 'more than one report'
          : 'a burst of mentions';
    } else {
      const feature = kind === 'launch' && (appFeature.test(title) || expansion.test(title));
      ok = feature ? support : true;
      why = feature
        ? 'a product feature told by more than one report'
        : 'its subject leads the headline';
    }
  }
  if (!ok) return null;
  return { kind, category: categoryOfKind[kind], subjects, tickers, headline, why };
}
