package miner

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Artifact store errors.
var (
	// ErrMalformedHash: not 64 lowercase hex digits (400).
	ErrMalformedHash = errors.New("miner: malformed artifact hash")
	// ErrUnknownArtifact: no artifact has that hash (404).
	ErrUnknownArtifact = errors.New("miner: unknown artifact")
)

// ArtifactStore keeps weight files on disk by the hex sha256 of their
// content, one file per artifact in its directory. Writes go through a
// temporary file and a rename, so a reader never sees a partial file. It is
// safe for concurrent use.
type ArtifactStore struct {
	dir string
}

// OpenArtifactStore opens (creating if needed) the store in dir.
func OpenArtifactStore(dir string) (*ArtifactStore, error) {
	if dir == "" {
		return nil, errors.New("miner: artifact store: empty directory")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("miner: artifact store: %w", err)
	}
	return &ArtifactStore{dir: dir}, nil
}

// ValidHash reports whether h is 64 lowercase hex digits.
func ValidHash(h string) bool {
	if len(h) != 64 {
		return false
	}
	for i := 0; i < len(h); i++ {
		if c := h[i]; !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

// Put stores data and returns its hash. Storing the same bytes again is a
// no-op.
func (s *ArtifactStore) Put(data []byte) (string, error) {
	sum := sha256.Sum256(data)
	h := hex.EncodeToString(sum[:])
	path := filepath.Join(s.dir, h)
	if _, err := os.Stat(path); err == nil {
		return h, nil
	}
	tmp, err := os.CreateTemp(s.dir, ".tmp-*")
	if err != nil {
		return "", fmt.Errorf("miner: artifact store: %w", err)
	}
	_, werr := tmp.Write(data)
	if werr == nil {
		werr = tmp.Sync()
	}
	if cerr := tmp.Close(); werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Rename(tmp.Name(), path)
	}
	if werr != nil {
		_ = os.Remove(tmp.Name())
		return "", fmt.Errorf("miner: artifact store: %w", werr)
	}
	return h, nil
}

// Path returns the file holding the artifact h: ErrMalformedHash or
// ErrUnknownArtifact when there is none.
func (s *ArtifactStore) Path(h string) (string, error) {
	if !ValidHash(h) {
		return "", ErrMalformedHash
	}
	path := filepath.Join(s.dir, h)
	if fi, err := os.Stat(path); err != nil || !fi.Mode().IsRegular() {
		return "", ErrUnknownArtifact
	}
	return path, nil
}

// Get returns the artifact h's bytes.
func (s *ArtifactStore) Get(h string) ([]byte, error) {
	path, err := s.Path(h)
	if err != nil {
		return nil, err
	}
	return os.ReadFile(path)
}

// ArtifactInfo describes a stored artifact.
type ArtifactInfo struct {
	Hash    string    `json:"hash"`
	Size    int64     `json:"size"`
	Created time.Time `json:"created"`
}

// List returns the stored artifacts, newest first (ties by hash).
func (s *ArtifactStore) List() ([]ArtifactInfo, error) {
	entries, err := os.ReadDir(s.dir)
	if err != nil {
		return nil, fmt.Errorf("miner: artifact store: %w", err)
	}
	var out []ArtifactInfo
	for _, e := range entries {
		if !ValidHash(e.Name()) || !e.Type().IsRegular() {
			continue
		}
		fi, err := e.Info()
		if err != nil {
			continue
		}
		out = append(out, ArtifactInfo{Hash: e.Name(), Size: fi.Size(), Created: fi.ModTime().UTC()})
	}
	slices.SortFunc(out, func(a, b ArtifactInfo) int {
		if c := b.Created.Compare(a.Created); c != 0 {
			return c
		}
		return strings.Compare(a.Hash, b.Hash)
	})
	return out, nil
}

// Commitment returns sha256(weights hash ‖ hotkey) in hex: the 32 bytes of
// the weights' sha256 followed by the 20 bytes of the miner's hotkey. A
// miner publishes it (on the ledger) before revealing the weights, so that
// nobody else can claim the upload as theirs: a copier's commitment names
// its own hotkey and comes later. weightsHash must be ValidHash.
func Commitment(weightsHash string, hotkey common.Address) (string, error) {
	raw, err := hex.DecodeString(weightsHash)
	if err != nil || !ValidHash(weightsHash) {
		return "", ErrMalformedHash
	}
	sum := sha256.Sum256(append(raw, hotkey[:]...))
	return hex.EncodeToString(sum[:]), nil
}
