import { articleKind } from '../article-kind';

/**
 * What a headline is, by its form: `news` reports a happening; `market` reports a price move
 * (it joins the story it reacts to, never makes one); `context` reports none: reviews, guides,
 * explainers, opinion, interviews, podcasts and livestream promotions, round-ups, deals pages,
 * research demos, a consumer gadget. Forms of writing, not names of stories.
 */
export type HeadlineForm = 'news' | 'market' | 'context';

const context = new RegExp(
  [
    // Promotions of the publisher's own events, shows and newsletters.
    String.raw`\b(livestream|live ?stream|live chat|live Q&A|webinar|join (us|ars|wired|techcrunch)|watch (live|now)|tune in|register now|sign up|newsletter|the download|episode|podcast|uncanny valley|gadget lab|equity\b.*\bpod|ars live|tc sessions|disrupt 20\d\d|early bird)\b`,
    // Opinion, first person, interviews, questions.
    String.raw`\b(opinion|op-ed|commentary|column|essay|analysis:|interview|Q&A|in conversation|AMA)\b`,
    String.raw`^(I|we|my|our)\b`,
    String.raw`\b(I|we) (tried|used|asked|tested|spent|went|made|built|bought)\b`,
    String.raw`\?\s*$`,
    String.raw`^(why|how|what|who|when|where|should|could|can|is|are|does|do|will)\b`,
    // Explainers, guides, lists, round-ups, deals.
    String.raw`\b(explainer|explained|what we know|what you need|here('|’)s (what|why|how|everything)|the (best|worst) |guide to|tips for|ways to|things to|you can now|you should|lessons? (from|of)|a brief history|timeline of|cheat sheet|roundup|round-up|this week|weekly|daily|recap|year in|best of|top \d+|\d+ (best|things|ways|reasons))\b`,
    String.raw`\b(black friday|cyber monday|prime day|coupon|promo code|gift guide|deals? of the (day|week)|best deals|deals on|on sale|price drop|(\d+%|\$\d+) off)\b`,
    // Research, demos and papers: a listed company's product shipping is a launch, a paper is not.
    String.raw`^(researchers|scientists|study|studies)\b|\b(researchers|scientists) (say|find|found|show|discover|develop|create|build|use|used|trained|taught)\b|\b(study|paper|preprint) (finds|says|shows|suggests)\b|\b(preprint|experiments?|demo(nstrat(es|ion))?|prototype|proof of concept)\b`,
    // Commentary: someone's view, a prediction, a wish; rumours and leaks of what is coming.
    String.raw`\b(predicts?|thinks|believes|wants to|lays out|teases|muses|reflects|weighs in|on (fighting|the future|why|how)|could arrive|may arrive|leaks? (next|new|upcoming)|rumou?r(s|ed)?|leaves more questions|critics say|analysts say|says? [^.]{0,40}\b(should|must|needs to))\b`,
    // The publisher's or a company's own events announced.
    String.raw`\bannounces? [^.]{0,40}\b(conference|summit|keynote|hackathon)\b`,
    // A launch still to come is a plan, not a launch.
    String.raw`\b(plans to (release|launch|unveil)|gears up|preps|prepares to|nearing release|could (launch|release)|will (launch|release) (soon|later|next))\b`,
  ].join('|'),
  'i',
);

export function headlineForm(title: string): HeadlineForm {
  const kind = articleKind(title);
  if (kind === 'feature' || kind === 'gadget') return 'context';
  if (context.test(title)) return 'context';
  return kind === 'market' ? 'market' : 'news';
}
