package labeler

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agora-net/agora/validator"
	"github.com/agora-net/agora/validator/ledger"
)

// API is the part of a validator client a labeler uses (*validator.Client).
type API interface {
	Assignments(ctx context.Context, key *ecdsa.PrivateKey, subnet uint16) (*validator.Assignments, error)
	SubmitPreferences(ctx context.Context, key *ecdsa.PrivateKey, subnet uint16, round uint64, labels []ledger.Preference) (int, error)
}

var _ API = (*validator.Client)(nil)

// Session is one labeler on one preference subnet: it reads the labeler's
// items and files its labels through a validator's API. Its methods are
// safe for concurrent use; filings are serialized, so that the labeler's
// command nonces stay in order.
type Session struct {
	api    API
	key    *ecdsa.PrivateKey
	subnet uint16

	mu sync.Mutex // serializes filings
}

// NewSession returns a session of the labeler whose hotkey is key on
// subnet, through api.
func NewSession(api API, key *ecdsa.PrivateKey, subnet uint16) (*Session, error) {
	if api == nil || key == nil {
		return nil, errors.New("labeler: session needs an API and a key")
	}
	return &Session{api: api, key: key, subnet: subnet}, nil
}

// Labeler is the session's hotkey address.
func (s *Session) Labeler() common.Address { return crypto.PubkeyToAddress(s.key.PublicKey) }

// Subnet is the session's subnet.
func (s *Session) Subnet() uint16 { return s.subnet }

// Items reads the labeler's items of the current round.
func (s *Session) Items(ctx context.Context) (*validator.Assignments, error) {
	return s.api.Assignments(ctx, s.key, s.subnet)
}

// File files labels for round round and returns how many were filed; see
// validator.Client.SubmitPreferences for the errors.
func (s *Session) File(ctx context.Context, round uint64, labels []ledger.Preference) (int, error) {
	if len(labels) == 0 {
		return 0, nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	n, err := s.api.SubmitPreferences(ctx, s.key, s.subnet, round, labels)
	if err != nil {
		return n, fmt.Errorf("labeler: %w", err)
	}
	return n, nil
}
