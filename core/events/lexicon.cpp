#include "core/events/lexicon.h"

#include <algorithm>
#include <iterator>

#include "core/text/word_index.h"

namespace chronicle::events::lexicon {
namespace {

using text::fnv1a;
using text::WordIndex;

struct WordPair {
  std::string_view word;
  std::string_view value;
};
constexpr bool by_word(const WordPair& a, const WordPair& b) { return a.word < b.word; }

constexpr std::string_view kDeterminers[] = {
    "a", "all", "an", "another", "any", "both", "each", "every", "her", "his", "its", "many", "my", "no",
    "our", "several", "some", "such", "that", "the", "their", "these", "this", "those", "whose", "your",
};
static_assert(std::is_sorted(std::begin(kDeterminers), std::end(kDeterminers)));

constexpr std::string_view kPrepositions[] = {
    "about", "across", "after", "against", "along", "amid", "among", "around", "at", "before", "behind",
    "beside", "besides", "between", "beyond", "by", "despite", "during", "following", "for", "from", "in",
    "into", "like", "near", "of", "off", "on", "onto", "out", "over", "past", "per", "since", "through",
    "throughout", "till", "to", "toward", "towards", "under", "until", "upon", "via", "with", "within",
    "without",
};
static_assert(std::is_sorted(std::begin(kPrepositions), std::end(kPrepositions)));

constexpr std::string_view kPronouns[] = {
    "he", "her", "herself", "him", "himself", "i", "it", "itself", "me", "ourselves", "she", "them",
    "themselves", "there", "they", "us", "we", "you",
};
static_assert(std::is_sorted(std::begin(kPronouns), std::end(kPronouns)));

constexpr std::string_view kRelativePronouns[] = {
    "where", "which", "who", "whom", "whose",
};
static_assert(std::is_sorted(std::begin(kRelativePronouns), std::end(kRelativePronouns)));

constexpr std::string_view kConjunctions[] = {
    "and", "but", "nor", "or", "yet",
};
static_assert(std::is_sorted(std::begin(kConjunctions), std::end(kConjunctions)));

constexpr std::string_view kSubordinators[] = {
    "after", "although", "as", "because", "before", "if", "once", "since", "though", "unless", "until",
    "when", "whereas", "while",
};
static_assert(std::is_sorted(std::begin(kSubordinators), std::end(kSubordinators)));

constexpr std::string_view kAuxiliaries[] = {
    "am", "are", "be", "been", "being", "can", "could", "did", "do", "does", "had", "has", "have", "having",
    "is", "may", "might", "must", "shall", "should", "was", "were", "will", "would",
};
static_assert(std::is_sorted(std::begin(kAuxiliaries), std::end(kAuxiliaries)));

constexpr std::string_view kOtherFunctionWords[] = {
    "also", "even", "hence", "here", "how", "however", "just", "least", "less", "meanwhile", "more", "most",
    "no", "not", "now", "only", "so", "than", "that", "then", "there", "thus", "too", "very", "what",
    "when", "where", "which", "while", "who", "whom", "whose", "why", "yes",
};
static_assert(std::is_sorted(std::begin(kOtherFunctionWords), std::end(kOtherFunctionWords)));

constexpr std::string_view kTitleWords[] = {
    "admiral", "ambassador", "archbishop", "ayatollah", "bishop", "brigadier", "captain", "cardinal", "ceo",
    "chairman", "chairwoman", "chancellor", "chief", "colonel", "commander", "crown", "defence", "defense",
    "deputy", "director", "dr", "education", "emir", "executive", "finance", "foreign", "gen", "general",
    "governor", "health", "imam", "interior", "judge", "justice", "king", "lady", "lieutenant", "lord",
    "major", "mayor", "minister", "mp", "mr", "mrs", "ms", "officer", "pope", "premier", "president",
    "president-elect", "prime", "prince", "princess", "prof", "professor", "queen", "rep", "secretary",
    "sen", "senator", "sergeant", "sheikh", "sir", "speaker", "state", "sultan", "vice",
};
static_assert(std::is_sorted(std::begin(kTitleWords), std::end(kTitleWords)));

constexpr std::string_view kPersonCues[] = {
    "analyst", "ceo", "chairman", "chief", "commander", "counterpart", "director", "envoy", "executive",
    "founder", "leader", "minister", "official", "president", "secretary", "spokesman", "spokesperson",
    "spokeswoman",
};
static_assert(std::is_sorted(std::begin(kPersonCues), std::end(kPersonCues)));

// Nouns that, after "the", stand for the organization named before ("The company said").
constexpr std::string_view kCompanyWords[] = {"airline", "automaker", "bank",     "carrier",  "company", "concern",
                                              "firm",    "insurer",   "lender",   "maker",    "manufacturer",
                                              "publisher", "retailer", "thrift",  "utility"};
static_assert(std::is_sorted(std::begin(kCompanyWords), std::end(kCompanyWords)));

constexpr std::string_view kOrganizationHeads[] = {
    "administration", "agency", "airlines", "airways", "army", "assembly", "association", "authority",
    "bank", "battalion", "brigade", "brigades", "command", "commission", "committee", "company", "congress",
    "corp", "corporation", "corps", "council", "court", "department", "division", "federation", "force",
    "forces", "foundation", "front", "fund", "government", "group", "guard", "guards", "holdings", "house",
    "inc", "industries", "institute", "league", "ltd", "ministry", "motors", "movement", "navy", "network",
    "news", "office", "organisation", "organization", "parliament", "partners", "party", "police", "post",
    "press", "radio", "senate", "service", "services", "systems", "technologies", "television", "times",
    "tv", "union", "university",
};
static_assert(std::is_sorted(std::begin(kOrganizationHeads), std::end(kOrganizationHeads)));

constexpr std::string_view kOrganizationCues[] = {
    "agency", "broadcaster", "channel", "company", "daily", "firm", "group", "militia", "movement",
    "network", "newspaper", "organization", "party", "radio", "television", "tv",
};
static_assert(std::is_sorted(std::begin(kOrganizationCues), std::end(kOrganizationCues)));

constexpr std::string_view kCalendarWords[] = {
    "apr", "april", "aug", "august", "dec", "december", "feb", "february", "fri", "friday", "jan",
    "january", "jul", "july", "jun", "june", "mar", "march", "may", "mon", "monday", "nov", "november",
    "oct", "october", "sat", "saturday", "sep", "sept", "september", "sun", "sunday", "thu", "thur",
    "thurs", "thursday", "today", "tomorrow", "tue", "tues", "tuesday", "wed", "wednesday", "yesterday",
};
static_assert(std::is_sorted(std::begin(kCalendarWords), std::end(kCalendarWords)));

constexpr std::string_view kNameParticles[] = {
    "abu", "al", "bin", "bint", "da", "das", "de", "del", "den", "der", "di", "dos", "du", "el", "ibn",
    "la", "le", "van", "von",
};
static_assert(std::is_sorted(std::begin(kNameParticles), std::end(kNameParticles)));

constexpr std::string_view kGroupAdjectives[] = {
    "african", "american-led", "arab", "arabs", "asian", "christian", "christians", "eastern", "european",
    "islamic", "jewish", "jews", "kurdish", "kurds", "muslim", "muslims", "northern", "shia", "shiite",
    "shiites", "southern", "sunni", "sunnis", "takfiri", "takfiris", "western",
};
static_assert(std::is_sorted(std::begin(kGroupAdjectives), std::end(kGroupAdjectives)));

constexpr std::string_view kAdverbExceptions[] = {
    "ally", "apply", "assembly", "belly", "bully", "burly", "curly", "daily", "deadly", "early", "elderly",
    "family", "fly", "friendly", "holy", "italy", "jelly", "july", "likely", "lily", "melly", "monthly",
    "oily", "only", "rally", "reply", "sicily", "silly", "supply", "tally", "ugly", "unlikely", "weekly",
    "wholly", "yearly",
};
static_assert(std::is_sorted(std::begin(kAdverbExceptions), std::end(kAdverbExceptions)));

constexpr std::string_view kNameStopwords[] = {
    "a", "according", "after", "all", "also", "although", "an", "and", "as", "at", "because", "before",
    "both", "but", "by", "despite", "during", "each", "earlier", "every", "first", "following", "for",
    "from", "he", "her", "here", "his", "how", "however", "i", "if", "in", "it", "its", "last", "later",
    "less", "many", "meanwhile", "more", "most", "mr", "mrs", "ms", "my", "next", "no", "not", "of", "on",
    "or", "our", "over", "second", "she", "since", "so", "some", "still", "that", "the", "their", "then",
    "there", "these", "they", "third", "this", "those", "though", "to", "under", "until", "we", "what",
    "when", "which", "while", "who", "why", "with", "without", "yet", "your",
};
static_assert(std::is_sorted(std::begin(kNameStopwords), std::end(kNameStopwords)));

// Nouns that name a happening ("Sunday's attack", "the May 2015 election") or what a period brought
// ("third-quarter earnings"): a date on one dates it.
constexpr std::string_view kEventNouns[] = {
    "accident", "acquisition", "address", "agreement", "aid", "airstrike", "anniversary", "announcement",
    "appeal", "appearance", "approval", "arrest", "arrival", "assassination", "assault", "attack", "auction",
    "audit", "ballot", "bankruptcy", "battle", "bid", "birth", "blast", "blaze", "blockade", "bombardment",
    "bombing", "boycott", "breakthrough", "briefing", "broadcast", "burial", "buy-out", "buyout", "campaign",
    "cancellation", "capture", "cease-fire", "ceasefire", "celebration", "ceremony", "championship", "charge",
    "charges", "clash", "closing", "closure", "collapse", "collision", "completion", "conference",
    "confrontation", "congress", "convention", "conviction", "coup", "crackdown", "crash", "crimes", "cut",
    "cuts", "deadline", "deal", "death", "debate", "debut", "decision", "decline", "defeat", "deficit", "delivery",
    "demonstration", "departure", "deployment", "derailment", "disaster", "discovery", "dismissal",
    "dividend", "drop", "earnings", "earthquake", "election", "elections", "eruption", "escape", "evacuation",
    "execution", "exercise", "explosion", "fall", "festival", "fight", "final", "fire", "firing", "flight",
    "flood", "flooding", "funeral", "gain", "gains", "game", "gathering", "growth", "hearing", "heist",
    "hijacking", "hurricane", "inauguration", "incident", "income", "increase", "injury", "interview",
    "invasion", "investigation", "kidnapping", "killing", "landing", "landslide", "launch", "layoffs",
    "lecture", "loss", "losses", "march", "massacre", "match", "meeting", "meetings", "merger", "murder",
    "negotiation", "negotiations", "offensive", "offering", "opening", "operation", "outbreak", "output",
    "parade", "payment", "performance", "plunge", "premiere", "presentation", "production", "profit",
    "profits", "protest", "protests", "purchase", "raid", "rally", "ratification", "reading", "rebellion",
    "recall", "redemption", "referendum", "release", "remarks", "removal", "report", "resignation", "results",
    "retirement", "revenue", "revenues", "revolt", "riot", "rise", "ruling", "sale", "sales", "sentencing",
    "session", "settlement", "shooting", "show", "shutdown", "siege", "signing", "slump", "speech",
    "spending", "split", "stabbing", "storm", "strike", "summit", "surge", "surplus", "surrender",
    "suspension", "takeover", "talks", "test", "tournament", "trade", "trading", "transfer", "trial",
    "tsunami", "typhoon", "uprising", "verdict", "victory", "visit", "vote", "voting", "walkout", "war",
    "warnings", "wedding", "win", "withdrawal",
};
static_assert(std::is_sorted(std::begin(kEventNouns), std::end(kEventNouns)));

constexpr WordPair kVerbClasses[] = {
    {"accept", "agree"},
    {"accuse", "criticize"},
    {"acquire", "buy"},
    {"add", "say"},
    {"adopt", "agree"},
    {"agree", "agree"},
    {"aid", "support"},
    {"announce", "say"},
    {"appeal", "call"},
    {"applaud", "praise"},
    {"appoint", "elect"},
    {"approve", "agree"},
    {"arrest", "arrest"},
    {"ask", "call"},
    {"assassinate", "kill"},
    {"assault", "attack"},
    {"assist", "support"},
    {"attack", "attack"},
    {"back", "support"},
    {"battle", "fight"},
    {"bear", "bear"},
    {"beat", "win"},
    {"begin", "begin"},
    {"behead", "kill"},
    {"blame", "criticize"},
    {"bomb", "attack"},
    {"build", "make"},
    {"buy", "buy"},
    {"call", "call"},
    {"capture", "capture"},
    {"charge", "arrest"},
    {"choose", "elect"},
    {"claim", "say"},
    {"clash", "fight"},
    {"climb", "rise"},
    {"close", "cut"},
    {"collapse", "fall"},
    {"commend", "praise"},
    {"complete", "end"},
    {"condemn", "criticize"},
    {"confirm", "say"},
    {"congratulate", "praise"},
    {"conquer", "capture"},
    {"continue", "continue"},
    {"convict", "arrest"},
    {"create", "make"},
    {"criticise", "criticize"},
    {"criticize", "criticize"},
    {"cut", "cut"},
    {"debut", "release"},
    {"declare", "say"},
    {"decline", "fall"},
    {"defeat", "win"},
    {"deliver", "send"},
    {"demand", "call"},
    {"denounce", "criticize"},
    {"detain", "arrest"},
    {"die", "kill"},
    {"discuss", "meet"},
    {"drop", "fall"},
    {"earn", "post"},
    {"elect", "elect"},
    {"eliminate", "cut"},
    {"end", "end"},
    {"endorse", "agree"},
    {"escape", "flee"},
    {"establish", "capture"},
    {"estimate", "expect"},
    {"execute", "kill"},
    {"expect", "expect"},
    {"explain", "say"},
    {"fall", "fall"},
    {"fight", "fight"},
    {"file", "sue"},
    {"finish", "end"},
    {"fire", "attack"},
    {"flee", "flee"},
    {"forecast", "expect"},
    {"free", "capture"},
    {"gain", "rise"},
    {"give", "send"},
    {"grow", "rise"},
    {"hail", "praise"},
    {"halt", "end"},
    {"help", "support"},
    {"hit", "attack"},
    {"hold", "hold"},
    {"host", "meet"},
    {"increase", "rise"},
    {"insist", "say"},
    {"intend", "plan"},
    {"introduce", "release"},
    {"invade", "attack"},
    {"jail", "arrest"},
    {"jump", "rise"},
    {"keep", "hold"},
    {"kill", "kill"},
    {"laud", "praise"},
    {"launch", "release"},
    {"lay", "cut"},
    {"leave", "resign"},
    {"liberate", "capture"},
    {"lose", "fall"},
    {"make", "make"},
    {"meet", "meet"},
    {"merge", "buy"},
    {"murder", "kill"},
    {"name", "elect"},
    {"nominate", "elect"},
    {"note", "say"},
    {"occupy", "capture"},
    {"open", "begin"},
    {"overrun", "capture"},
    {"pass", "agree"},
    {"plan", "plan"},
    {"pledge", "vow"},
    {"plunge", "fall"},
    {"post", "post"},
    {"praise", "praise"},
    {"predict", "expect"},
    {"prepare", "plan"},
    {"produce", "make"},
    {"promise", "vow"},
    {"provide", "send"},
    {"purchase", "buy"},
    {"quit", "resign"},
    {"quote", "say"},
    {"raid", "attack"},
    {"rally", "rise"},
    {"ratify", "agree"},
    {"rebound", "rise"},
    {"recapture", "capture"},
    {"receive", "meet"},
    {"reclaim", "capture"},
    {"record", "post"},
    {"reduce", "cut"},
    {"regain", "capture"},
    {"reject", "criticize"},
    {"release", "release"},
    {"report", "say"},
    {"resign", "resign"},
    {"resume", "continue"},
    {"retake", "capture"},
    {"retire", "resign"},
    {"retreat", "flee"},
    {"reveal", "say"},
    {"rise", "rise"},
    {"salute", "praise"},
    {"say", "say"},
    {"secure", "capture"},
    {"see", "see"},
    {"seize", "capture"},
    {"sell", "sell"},
    {"send", "send"},
    {"sentence", "arrest"},
    {"shell", "attack"},
    {"ship", "release"},
    {"shoot", "attack"},
    {"shut", "cut"},
    {"sign", "agree"},
    {"sink", "fall"},
    {"slam", "criticize"},
    {"slash", "cut"},
    {"slay", "kill"},
    {"slide", "fall"},
    {"slump", "fall"},
    {"soar", "rise"},
    {"start", "begin"},
    {"state", "say"},
    {"stop", "end"},
    {"storm", "capture"},
    {"stress", "say"},
    {"strike", "attack"},
    {"sue", "sue"},
    {"supply", "send"},
    {"support", "support"},
    {"surge", "rise"},
    {"surrender", "fall"},
    {"suspend", "end"},
    {"take", "capture"},
    {"talk", "meet"},
    {"target", "attack"},
    {"tell", "say"},
    {"triumph", "win"},
    {"tumble", "fall"},
    {"unveil", "release"},
    {"urge", "call"},
    {"visit", "meet"},
    {"vote", "elect"},
    {"vow", "vow"},
    {"warn", "say"},
    {"watch", "see"},
    {"welcome", "praise"},
    {"win", "win"},
    {"withdraw", "flee"},
};
static_assert(std::is_sorted(std::begin(kVerbClasses), std::end(kVerbClasses), by_word));

constexpr WordPair kIrregularVerbs[] = {
    {"beaten", "beat"},
    {"became", "become"},
    {"began", "begin"},
    {"begun", "begin"},
    {"born", "bear"},
    {"borne", "bear"},
    {"bought", "buy"},
    {"broke", "break"},
    {"broken", "break"},
    {"brought", "bring"},
    {"built", "build"},
    {"came", "come"},
    {"caught", "catch"},
    {"chose", "choose"},
    {"chosen", "choose"},
    {"dealt", "deal"},
    {"driven", "drive"},
    {"drove", "drive"},
    {"fallen", "fall"},
    {"fell", "fall"},
    {"felt", "feel"},
    {"fled", "flee"},
    {"flew", "fly"},
    {"flown", "fly"},
    {"forecast", "forecast"},
    {"fought", "fight"},
    {"found", "find"},
    {"froze", "freeze"},
    {"frozen", "freeze"},
    {"gave", "give"},
    {"given", "give"},
    {"gone", "go"},
    {"grew", "grow"},
    {"grown", "grow"},
    {"heard", "hear"},
    {"held", "hold"},
    {"kept", "keep"},
    {"knew", "know"},
    {"known", "know"},
    {"led", "lead"},
    {"left", "leave"},
    {"lost", "lose"},
    {"made", "make"},
    {"met", "meet"},
    {"overran", "overrun"},
    {"overtaken", "overtake"},
    {"overtook", "overtake"},
    {"paid", "pay"},
    {"quitted", "quit"},
    {"ran", "run"},
    {"retaken", "retake"},
    {"retook", "retake"},
    {"risen", "rise"},
    {"rose", "rise"},
    {"said", "say"},
    {"sank", "sink"},
    {"saw", "see"},
    {"seen", "see"},
    {"sent", "send"},
    {"shot", "shoot"},
    {"slain", "slay"},
    {"slew", "slay"},
    {"sold", "sell"},
    {"sought", "seek"},
    {"spent", "spend"},
    {"spoke", "speak"},
    {"spoken", "speak"},
    {"stood", "stand"},
    {"stricken", "strike"},
    {"struck", "strike"},
    {"sunk", "sink"},
    {"swore", "swear"},
    {"sworn", "swear"},
    {"taken", "take"},
    {"takes", "take"},
    {"taking", "take"},
    {"taught", "teach"},
    {"thought", "think"},
    {"told", "tell"},
    {"took", "take"},
    {"undertaken", "undertake"},
    {"undertook", "undertake"},
    {"went", "go"},
    {"withdrawn", "withdraw"},
    {"withdrew", "withdraw"},
    {"won", "win"},
    {"written", "write"},
    {"wrote", "write"},
};
static_assert(std::is_sorted(std::begin(kIrregularVerbs), std::end(kIrregularVerbs), by_word));

template <const auto& table>
bool contains(std::string_view word) {
  static constexpr WordIndex index(table, [](std::string_view w) { return w; });
  return index.find(table, [](std::string_view w) { return w; }, word) != nullptr;
}

template <const auto& table>
std::string_view lookup(std::string_view word) {
  static constexpr WordIndex index(table, [](const WordPair& p) { return p.word; });
  const WordPair* found = index.find(table, [](const WordPair& p) { return p.word; }, word);
  return found != nullptr ? found->value : std::string_view{};
}

// The lemma `word` is, as the verb table spells it (a view that outlives any caller), or "".
std::string_view known_lemma(std::string_view word) {
  static constexpr WordIndex index(kVerbClasses, [](const WordPair& p) { return p.word; });
  const WordPair* found = index.find(kVerbClasses, [](const WordPair& p) { return p.word; }, word);
  return found != nullptr ? found->word : std::string_view{};
}

bool ends_with(std::string_view word, std::string_view suffix) {
  return word.size() > suffix.size() && word.substr(word.size() - suffix.size()) == suffix;
}

// Tries the stems a regular inflection leaves: "hailed" -> "hail", "liberated" -> "liberate",
// "stopped" -> "stop", "taking" -> "take", "calls" -> "call", "pushes" -> "push".
std::string_view regular_lemma(std::string_view word) {
  for (const std::string_view suffix : {"ing", "ed", "es", "s", "d"}) {
    if (!ends_with(word, suffix)) continue;
    const std::string stem(word.substr(0, word.size() - suffix.size()));
    if (const std::string_view lemma = known_lemma(stem); !lemma.empty()) return lemma;
    const bool ing_or_ed = suffix == "ing" || suffix == "ed";
    if (const std::string_view lemma = ing_or_ed ? known_lemma(stem + "e") : std::string_view{}; !lemma.empty()) {
      return lemma;
    }
    if (ing_or_ed && stem.size() > 2 && stem.back() == stem[stem.size() - 2]) {
      if (const std::string_view lemma = known_lemma(stem.substr(0, stem.size() - 1)); !lemma.empty()) return lemma;
    }
    if (suffix == "ed" && stem.size() > 1 && stem.back() == 'i') {
      if (const std::string_view lemma = known_lemma(stem.substr(0, stem.size() - 1) + "y"); !lemma.empty()) return lemma;
    }
  }
  return {};
}

// Every word of the tables above with all its classes, in an open-addressing hash table built at
// compile time: a word's classes cost one hash and, for most words, one probe.
struct ClassedWord {
  std::string_view word;
  std::uint32_t classes = 0;
};
constexpr std::size_t kClassSlots = 2048;  // a power of two, well over twice the 550 words
constexpr std::size_t kMaxClassedWords = 1024;
// Slots hold 1 + an index into `words` (0: empty), so a miss touches only the 4 KB of slots.
struct ClassTable {
  std::uint16_t slots[kClassSlots] = {};
  ClassedWord words[kMaxClassedWords] = {};
  std::size_t count = 0;
  std::size_t longest = 0;
};

constexpr std::size_t class_slot(std::string_view word) { return static_cast<std::size_t>(fnv1a(word) % kClassSlots); }

template <std::size_t N>
constexpr void add_class(ClassTable& table, const std::string_view (&words)[N], std::uint32_t word_class) {
  for (const std::string_view word : words) {
    for (std::size_t slot = class_slot(word);; slot = (slot + 1) % kClassSlots) {
      if (table.slots[slot] == 0) {
        table.words[table.count] = {word, 0};
        table.slots[slot] = static_cast<std::uint16_t>(++table.count);
        table.longest = word.size() > table.longest ? word.size() : table.longest;
      }
      ClassedWord& entry = table.words[table.slots[slot] - 1];
      if (entry.word == word) {
        entry.classes |= word_class;
        break;
      }
    }
  }
}

constexpr ClassTable class_table() {
  ClassTable table;
  const std::uint32_t function = kFunctionWord;
  add_class(table, kDeterminers, kDeterminer | function);
  add_class(table, kPrepositions, kPreposition | function);
  add_class(table, kPronouns, kPronoun | function);
  add_class(table, kRelativePronouns, kRelativePronoun);
  add_class(table, kConjunctions, kConjunction | function);
  add_class(table, kSubordinators, kSubordinator | function);
  add_class(table, kAuxiliaries, kAuxiliary | function);
  add_class(table, kOtherFunctionWords, function);
  add_class(table, kTitleWords, kTitleWord);
  add_class(table, kPersonCues, kPersonCue);
  add_class(table, kOrganizationHeads, kOrganizationHead);
  add_class(table, kOrganizationCues, kOrganizationCue);
  add_class(table, kCalendarWords, kCalendarWord);
  add_class(table, kNameParticles, kNameParticle);
  add_class(table, kGroupAdjectives, kGroupAdjective);
  add_class(table, kAdverbExceptions, kAdverbException);
  add_class(table, kNameStopwords, kNameStopword);
  return table;
}
constexpr ClassTable kClassTable = class_table();

}  // namespace

bool is_determiner(std::string_view lower) { return contains<kDeterminers>(lower); }
bool is_event_noun(std::string_view lower) { return contains<kEventNouns>(lower); }
bool is_preposition(std::string_view lower) { return contains<kPrepositions>(lower); }
bool is_pronoun(std::string_view lower) { return contains<kPronouns>(lower); }
bool is_relative_pronoun(std::string_view lower) { return contains<kRelativePronouns>(lower); }
bool is_conjunction(std::string_view lower) { return contains<kConjunctions>(lower); }
bool is_subordinator(std::string_view lower) { return contains<kSubordinators>(lower); }
bool is_auxiliary(std::string_view lower) { return contains<kAuxiliaries>(lower); }
bool is_function_word(std::string_view lower) {
  return is_determiner(lower) || is_preposition(lower) || is_pronoun(lower) || is_conjunction(lower) ||
         is_subordinator(lower) || is_auxiliary(lower) || contains<kOtherFunctionWords>(lower);
}
std::uint32_t classes_of(std::string_view lower) {
  // No table word starts with a digit or is longer than the longest.
  if (lower.empty() || (lower[0] >= '0' && lower[0] <= '9') || lower.size() > kClassTable.longest) return 0;
  for (std::size_t slot = class_slot(lower);; slot = (slot + 1) % kClassSlots) {
    const std::uint16_t entry = kClassTable.slots[slot];
    if (entry == 0) return 0;
    if (kClassTable.words[entry - 1].word == lower) return kClassTable.words[entry - 1].classes;
  }
}

bool is_title_word(std::string_view lower) { return contains<kTitleWords>(lower); }
bool is_person_cue(std::string_view lower) { return contains<kPersonCues>(lower); }
bool is_organization_head(std::string_view lower) { return contains<kOrganizationHeads>(lower); }
bool is_company_word(std::string_view lower) { return contains<kCompanyWords>(lower); }
bool is_organization_cue(std::string_view lower) { return contains<kOrganizationCues>(lower); }
bool is_calendar_word(std::string_view lower) { return contains<kCalendarWords>(lower); }
bool is_name_particle(std::string_view lower) { return contains<kNameParticles>(lower); }
bool is_group_adjective(std::string_view lower) { return contains<kGroupAdjectives>(lower); }
bool is_adverb_exception(std::string_view lower) { return contains<kAdverbExceptions>(lower); }
bool is_name_stopword(std::string_view lower) { return contains<kNameStopwords>(lower); }

std::string_view verb_lemma(std::string_view lower) {
  if (const std::string_view lemma = known_lemma(lower); !lemma.empty()) return lemma;
  if (const std::string_view irregular = lookup<kIrregularVerbs>(lower); !irregular.empty()) return irregular;
  return regular_lemma(lower);
}

std::string_view verb_class(std::string_view lemma) {
  const std::string_view found = lookup<kVerbClasses>(lemma);
  return found.empty() ? lemma : found;
}

bool is_reporting_lemma(std::string_view lemma) { return lookup<kVerbClasses>(lemma) == "say"; }

}  // namespace chronicle::events::lexicon
