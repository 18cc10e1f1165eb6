package model

import (
	"bytes"
	_ "embed"
	"fmt"
)

// ReferenceHash is the identity of the reference model, the weight file
// reference.aglm shipped in this package: the model of DefaultConfig
// trained by Train with DefaultTrainOptions on corpus.Train(), which
// `agora model train --out FILE` reproduces bit for bit.
const ReferenceHash = "7a3c0e8a6a27d89adc9ec06248f9304ac5d2369286079cb389dfc7eabbf85e15"

// referenceFile is reference.aglm, read only through Reference.
//
//go:embed reference.aglm
var referenceFile []byte

// Reference returns the reference model: a new LM decoded from the
// embedded weight file, whose hash is ReferenceHash.
func Reference() (*LM, error) {
	m, err := Load(bytes.NewReader(referenceFile))
	if err != nil {
		return nil, fmt.Errorf("model: reference: %w", err)
	}
	if m.Hash() != ReferenceHash {
		return nil, fmt.Errorf("model: reference file has hash %s, want %s", m.Hash(), ReferenceHash)
	}
	return m, nil
}
