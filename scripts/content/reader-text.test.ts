// Tests for finding editors' notes in reader text and for reading a feedback question's answer kind.
import { describe, expect, it } from "vitest";
import { editorNoteIssues, editorNotes, feedbackQuestion, textsOf } from "./reader-text.ts";

describe("editorNotes", () => {
  it("should find text that speaks to editors, in Latvian and English", () => {
    expect(editorNotes("Ja grupa grib — tad nomainiet recepti arī šajā failā.")).toEqual([
      { found: "šajā failā", what: "speaks of the content file" },
      { found: "nomainiet", what: "tells editors what to change" },
    ]);
    expect(editorNotes("Then change the recipe in this file too.")).toEqual([{ found: "in this file", what: "speaks of the content file" }]);
    expect(editorNotes("TODO: pārbaudīt cenu")).toEqual([{ found: "TODO", what: "is a note left for editors" }]);
  });

  it("should find layout hints in parentheses", () => {
    expect(editorNotes("Vai tev patika? (smaidiņu skala)")).toEqual([{ found: "(smaidiņu skala)", what: "is a layout hint" }]);
    expect(editorNotes("Would you cook it? (yes / maybe / no)")).toEqual([{ found: "(yes / maybe / no)", what: "is a layout hint" }]);
    expect(editorNotes("Ko tu uzzināji? (3 rindiņas)")).toEqual([{ found: "(3 rindiņas)", what: "is a layout hint" }]);
  });

  it("should leave ordinary reader text alone, also words that only contain a note's letters", () => {
    for (const text of ["Ēdienus var nomainīt ar iecienītākajiem.", "Failsafe: keep the lid on.", "Lielie burti (vismaz 18 punkti) palīdz lasīt.", "Maisa (ar koka karoti) 5 minūtes."]) expect(editorNotes(text), text).toEqual([]);
  });
});

describe("feedbackQuestion", () => {
  it("should take the answer hint off a question and say how it is answered", () => {
    expect(feedbackQuestion("Vai zupa tev garšoja? (smaidiņu skala)")).toEqual({ text: "Vai zupa tev garšoja?", answer: "faces" });
    expect(feedbackQuestion("Would you recommend the course? (yes / maybe / no)")).toEqual({ text: "Would you recommend the course?", answer: "choice" });
    expect(feedbackQuestion("Kas šodien bija visgrūtākais?")).toEqual({ text: "Kas šodien bija visgrūtākais?", answer: "open" });
  });
});

describe("editorNoteIssues", () => {
  it("should accept an answer hint at the end of a feedback question but not anywhere else", () => {
    const data = { feedback: ["Vai patika? (smaidiņu skala)"], goal: "Mērķis (smaidiņu skala)" };
    const issues = editorNoteIssues("content/lessons/x/index.lv.md", textsOf(data), () => 7, (path) => path.join("."));
    expect(issues).toEqual([{ file: "content/lessons/x/index.lv.md", line: 7, field: "goal", message: 'is a layout hint ("(smaidiņu skala)") — readers see this text: write it for them, or remove it' }]);
  });
});
