package corpus

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
)

func TestTextHash(t *testing.T) {
	sum := sha256.Sum256(Text())
	if got := hex.EncodeToString(sum[:]); got != SHA256 {
		t.Fatalf("persuasion.txt has sha256 %s, want %s", got, SHA256)
	}
	if n := strings.Count(text, chapterMark); n != Chapters {
		t.Fatalf("got %d chapter headings, want %d", n, Chapters)
	}
}

func TestSplit(t *testing.T) {
	train, held := Train(), HeldOut()
	if len(train)+len(held) != len(text) {
		t.Fatalf("train %d + held-out %d bytes != text %d bytes", len(train), len(held), len(text))
	}
	// The held-out set is exactly chapters 8, 16 and 24, in order.
	var heads []string
	for _, line := range strings.Split(string(held), "\n") {
		if strings.HasPrefix(line, "Chapter ") {
			heads = append(heads, line)
		}
	}
	if got := strings.Join(heads, ","); got != "Chapter 8,Chapter 16,Chapter 24" {
		t.Errorf("held-out chapters: got %s", got)
	}
	if bytes.Contains(train, []byte("\nChapter 8\n")) || !bytes.Contains(train, []byte("\nChapter 7\n")) {
		t.Error("the training set holds chapter 8 or lacks chapter 7")
	}
	if frac := float64(len(held)) / float64(len(text)); frac < 0.05 || frac > 0.15 {
		t.Errorf("held-out fraction %.3f, want about 0.09", frac)
	}
	// Deterministic, and each call a fresh slice.
	a := Train()
	a[0] ^= 0xff
	if b := Train(); bytes.Equal(a, b) || !bytes.Equal(b, train) {
		t.Error("Train does not return a fresh, identical slice each call")
	}
	for _, c := range []byte(text) {
		if c >= 0x80 || (c < 0x20 && c != '\n') {
			t.Fatalf("non-printable ASCII byte %#x in the corpus", c)
		}
	}
}
