// The files `npm run new` writes for a new recipe or lesson: every field present, AIZPILDI / FILL IN where the editor writes.
import { stringify } from "yaml";
import { UNIT_CODES } from "../kitchen/vocabulary.ts";
import { PLACEHOLDER } from "../content/placeholders.ts";

const LV = PLACEHOLDER.lv;
const EN = PLACEHOLDER.en;

/** A YAML value for the title exactly as typed (quoted by the yaml library where YAML needs it). */
function scalar(text: string): string {
  return stringify(text, { lineWidth: 0 }).trimEnd();
}

/** `content/recipes/<slug>/`: the Latvian file with the data, the English file with the text. */
export function recipeSkeleton(title: string, slug: string): Record<string, string> {
  return {
    "index.lv.md": `---
# Jauna recepte. Aizstājiet katru ${LV} ar savu tekstu vai skaitli, tad palaidiet npm run check.
# Lauki, mērvienības un produkti ir aprakstīti failā CONTRIBUTING.lv.md.
title: ${scalar(title)}
summary: "${LV}: viens teikums par ēdienu"
servings: ${LV}  # porciju skaits, piemēram, 4
time: { prep: ${LV}, cook: ${LV} }  # minūtes: sagatavošana un gatavošana (0, ja nekas nav jāvāra vai jācep)
meal: ${LV}  # breakfast (brokastis), soup (zupa), main (pamatēdiens), baking (cepumi un maize), dessert (deserts) vai snack (uzkoda)
equipment: [${LV}]  # stove (plīts), oven (cepeškrāsns), kettle (tējkanna) vai none (nekas); vairākus raksta tā: [stove, oven]
image: ${LV}  # bildes faila nosaukums šajā mapē, piemēram, ${slug}.jpg
imageAlt: "${LV}: kas redzams bildē (viens teikums)"
# Katra rinda ir viens produkts. product ir faila nosaukums mapē content/products/ bez .yaml, piemēram, griki.
# unit: ${UNIT_CODES.join(", ")}
ingredients:
  - { product: ${LV}, qty: ${LV}, unit: g }
  - { product: ${LV}, qty: ${LV}, unit: g }
# Ja vajag, pievienojiet padomu (tip: …) un drošības piezīmi (safety: …); tad tie jāieraksta angliski arī failā index.en.md.
---
1. ${LV}: pirmais solis.
2. ${LV}: otrais solis.
`,
    "index.en.md": `---
# The English text of the recipe in index.lv.md. Replace every ${EN} with your text; keep as many steps as the Latvian file has.
title: "${EN}: the name of the dish in English"
summary: "${EN}: one sentence about the dish"
imageAlt: "${EN}: what the picture shows, in one sentence"
---
1. ${EN}: the first step.
2. ${EN}: the second step.
`,
  };
}

/** `content/lessons/<nn-slug>/`: the lesson plan and the handout, each in Latvian (with the numbers) and English. */
export function lessonSkeleton(title: string, number: number): Record<string, string> {
  return {
    "index.lv.md": `---
# Jauna nodarbība. Aizstājiet katru ${LV} ar savu tekstu vai skaitli, tad palaidiet npm run check.
# Sarakstos var pievienot rindas, katru ar "- " sākumā. Lauki ir aprakstīti failā CONTRIBUTING.lv.md.
number: ${number}
title: ${scalar(title)}
goal: "${LV}: nodarbības mērķis vienā teikumā"
objectives:
  - "${LV}: ko dalībnieki pēc nodarbības pratīs"
duration: ${LV}  # nodarbības ilgums minūtēs, piemēram, 120; darba plāna minūšu summai jābūt tieši tādai pašai
groupSize: { min: ${LV}, max: ${LV} }  # mazākais un lielākais dalībnieku skaits
equipment:
  - "${LV}: virtuves aprīkojums"
materials:
  - "${LV}: ko paņemt līdzi (produkti, izdales materiāli, kartītes)"
preparation:
  - "${LV}: ko vadītājs izdara pirms nodarbības"
agenda:  # darba plāns: cik minūšu ilgst katra daļa un kas tajā notiek
  - { minutes: ${LV}, activity: "${LV}: kas notiek" }
recipes: []  # nodarbībā gatavoto recepšu mapju nosaukumi, piemēram, [griku-putra-ar-pienu]
discussion:
  - "${LV}: jautājums sarunai pēc gatavošanas"
adaptations:
  visual:
    - "${LV}: kā palīdzēt tiem, kas slikti redz"
  motor:
    - "${LV}: kā palīdzēt tiem, kam grūti strādāt ar rokām vai kustēties"
  cognitive:
    - "${LV}: kā palīdzēt tiem, kam vajag vienkāršākus soļus"
feedback:
  - "${LV}: atsauksmju lapas jautājums"
---
${LV}: piezīmes vadītājam.
`,
    "index.en.md": `---
# The English text of the lesson in index.lv.md: the same lists, item for item. Replace every ${EN} with your text.
# The numbers (number, duration, groupSize, minutes, recipes) are only in the Latvian file.
title: "${EN}: the lesson's title in English"
goal: "${EN}: the lesson's goal in one sentence"
objectives:
  - "${EN}: what the participants will be able to do"
equipment:
  - "${EN}: kitchen equipment"
materials:
  - "${EN}: what to bring"
preparation:
  - "${EN}: what the leader does before the lesson"
agenda:
  - "${EN}: what happens"
discussion:
  - "${EN}: a question for the talk after cooking"
adaptations:
  visual:
    - "${EN}: how to help those who see poorly"
  motor:
    - "${EN}: how to help those for whom handwork or moving is hard"
  cognitive:
    - "${EN}: how to help those who need simpler steps"
feedback:
  - "${EN}: a question of the feedback form"
---
${EN}: notes for the leader.
`,
    "handout.lv.md": `---
# Izdales materiāls: ko dalībnieki paņem līdzi uz mājām. Aizstājiet katru ${LV} ar savu tekstu.
title: "${LV}: izdales materiāla virsraksts"
---
${LV}: izdales materiāla teksts.
`,
    "handout.en.md": `---
# The handout in English. Replace every ${EN} with your text.
title: "${EN}: the handout's title"
---
${EN}: the handout's text.
`,
  };
}
