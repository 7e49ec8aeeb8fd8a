// Tests for finding editors' notes in reader text and for reading a feedback question's answer kind.
import { describe, expect, it } from "vitest";
import { editorNoteIssues, editorNotes, formQuestion, textsOf } from "./reader-text.ts";

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

describe("formQuestion", () => {
  it("should take the answer hint off a question and say how it is answered", () => {
    expect(formQuestion("Vai zupa tev garšoja? (smaidiņu skala)")).toEqual({ text: "Vai zupa tev garšoja?", answer: "faces" });
    expect(formQuestion("Would you recommend the course? (yes / maybe / no)")).toEqual({ text: "Would you recommend the course?", answer: "choice" });
    expect(formQuestion("Kas šodien bija visgrūtākais?")).toEqual({ text: "Kas šodien bija visgrūtākais?", answer: "open" });
  });

  it("should read the hints for two words, a drawing and one line, in both languages", () => {
    expect(formQuestion("Vai drīkst fotografēt? (jā / nē)")).toEqual({ text: "Vai drīkst fotografēt?", answer: "yesno" });
    expect(formQuestion("May we take photos? (Yes / No)")).toEqual({ text: "May we take photos?", answer: "yesno" });
    expect(formQuestion("Uzzīmē savu ēdienu (zīmējums)")).toEqual({ text: "Uzzīmē savu ēdienu", answer: "drawing" });
    expect(formQuestion("Draw your dish (drawing)")).toEqual({ text: "Draw your dish", answer: "drawing" });
    expect(formQuestion("Vārds, uzvārds (viena rinda)")).toEqual({ text: "Vārds, uzvārds", answer: "line" });
    expect(formQuestion("Name (one line)")).toEqual({ text: "Name", answer: "line" });
  });

  it("should read a hint only at the end of the question", () => {
    expect(formQuestion("Jā vai nē (jā / nē) — kāpēc?")).toEqual({ text: "Jā vai nē (jā / nē) — kāpēc?", answer: "open" });
  });
});

describe("editorNoteIssues", () => {
  it("should accept an answer hint at the end of a form question but not anywhere else", () => {
    const data = { feedback: ["Vai patika? (smaidiņu skala)"], questions: ["Vārds (viena rinda)"], goal: "Mērķis (smaidiņu skala)" };
    const issues = editorNoteIssues("content/lessons/x/index.lv.md", textsOf(data), () => 7, (path) => path.join("."));
    expect(issues).toEqual([{ file: "content/lessons/x/index.lv.md", line: 7, field: "goal", message: 'is a layout hint ("(smaidiņu skala)") — readers see this text: write it for them, or remove it' }]);
  });
});
