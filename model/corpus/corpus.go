package corpus

import (
	_ "embed"
	"strings"
)

// text is persuasion.txt: the novel's title page and its 24 chapters, each
// opening with a line "Chapter N".
//
//go:embed persuasion.txt
var text string

// SHA256 is the hex SHA-256 of the embedded text (persuasion.txt), so that
// a change to the corpus, which changes every model trained on it, is seen.
const SHA256 = "8061549557aebd2fd6e353d18d9197cb707029112bd52d4d8b174583a925848a"

// Chapters is the number of chapters of the text.
const Chapters = 24

// HeldOutEvery selects the held-out chapters: chapter n (1-based) is held
// out when n is a multiple of HeldOutEvery (chapters 8, 16 and 24, about
// 9% of the text).
const HeldOutEvery = 8

// chapterMark opens every chapter's heading line.
const chapterMark = "\nChapter "

// Text returns the whole corpus.
func Text() []byte { return []byte(text) }

// Train returns the training set: the title page and every chapter that is
// not held out, in order, concatenated. Each call returns a new slice.
func Train() []byte { return split(false) }

// HeldOut returns the held-out set: chapters 8, 16 and 24, in order,
// concatenated. Each call returns a new slice.
func HeldOut() []byte { return split(true) }

// split returns the concatenation of the held-out parts (heldOut) or of the
// others. Part 0 is the title page; part n ≥ 1 is chapter n, which runs from
// the newline before its heading to the newline before the next heading.
func split(heldOut bool) []byte {
	var out strings.Builder
	rest := text
	for part := 0; ; part++ {
		end := len(rest)
		if i := indexAfterFirst(rest, chapterMark); i >= 0 {
			end = i
		}
		if held := part > 0 && part%HeldOutEvery == 0; held == heldOut {
			out.WriteString(rest[:end])
		}
		rest = rest[end:]
		if rest == "" {
			return []byte(out.String())
		}
	}
}

// indexAfterFirst returns the index of the first occurrence of mark in s
// that does not start at index 0, or -1.
func indexAfterFirst(s, mark string) int {
	if len(s) == 0 {
		return -1
	}
	i := strings.Index(s[1:], mark)
	if i < 0 {
		return -1
	}
	return i + 1
}
