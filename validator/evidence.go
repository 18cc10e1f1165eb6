package validator

import (
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agora-net/agora/miner"
)

// maxKeptEvidence is how many wrong answers a node keeps to serve.
const maxKeptEvidence = 256

// WrongAnswer is a miner's signed answer that the reference model
// contradicts: the evidence (the signed request and answer), what the
// validator found, and the hash it reported to the ledger. The body of
// GET /v1/evidence/{hash}.
type WrongAnswer struct {
	Hash     common.Hash    `json:"hash"`
	Subnet   uint16         `json:"subnet"`
	UID      uint16         `json:"uid"`
	Miner    common.Address `json:"miner"`
	Model    string         `json:"model"`
	Prompt   string         `json:"prompt"`
	Reason   string         `json:"reason"`
	Evidence miner.Evidence `json:"evidence"`
}

// evidenceStore keeps the last maxKeptEvidence wrong answers by hash, so
// that the evidence behind a report can be fetched and checked by anyone.
// It is safe for concurrent use.
type evidenceStore struct {
	mu    sync.Mutex
	order []common.Hash // oldest first
	byKey map[common.Hash]WrongAnswer
}

func newEvidenceStore() *evidenceStore {
	return &evidenceStore{byKey: map[common.Hash]WrongAnswer{}}
}

// put keeps w, dropping the oldest beyond maxKeptEvidence.
func (s *evidenceStore) put(w WrongAnswer) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.byKey[w.Hash]; ok {
		return
	}
	s.byKey[w.Hash] = w
	s.order = append(s.order, w.Hash)
	for len(s.order) > maxKeptEvidence {
		delete(s.byKey, s.order[0])
		s.order = slices.Delete(s.order, 0, 1)
	}
}

// get returns the wrong answer with that evidence hash.
func (s *evidenceStore) get(h common.Hash) (WrongAnswer, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	w, ok := s.byKey[h]
	return w, ok
}

// list returns the kept wrong answers, newest first.
func (s *evidenceStore) list() []WrongAnswer {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]WrongAnswer, 0, len(s.order))
	for i := len(s.order) - 1; i >= 0; i-- {
		out = append(out, s.byKey[s.order[i]])
	}
	return out
}

// Evidence returns the wrong answer this node kept under the evidence
// hash h (what it reported to the ledger).
func (n *Node) Evidence(h common.Hash) (WrongAnswer, bool) { return n.evidence.get(h) }

// Evidences returns the wrong answers this node keeps, newest first.
func (n *Node) Evidences() []WrongAnswer { return n.evidence.list() }
