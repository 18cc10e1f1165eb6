// Package corpus ships the public-domain text that Agora's reference language
// model is trained and evaluated on: Jane Austen's "Persuasion" (1818), 467
// KB of ASCII, embedded in the binary (README.md names its source and why it
// is in the public domain).
//
// The text is split deterministically by chapter into a training set
// (Train) and a held-out set (HeldOut): every HeldOutEvery-th chapter is
// held out. Miners train and fine-tune on Train; validators measure loss on
// HeldOut, which miners are never sent.
package corpus
