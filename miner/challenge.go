package miner

import (
	"context"
	"runtime"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/sync/errgroup"

	"github.com/agora-net/agora/scoring"
)

// ChallengeRequest is the body of POST /v1/challenge: a 32-byte seed in
// 0x-hex and the matrix size (a power of two up to the server's limit).
type ChallengeRequest struct {
	Seed string `json:"seed"`
	N    int    `json:"n"`
}

// ChallengeResponse answers POST /v1/challenge: the Merkle root of the rows
// of C = A·B mod 2^32 (0x-hex), the id under which the rows can be opened,
// the hardware class the miner claims and the miner's own compute time.
type ChallengeResponse struct {
	ID        string `json:"id"`
	Root      string `json:"root"`
	N         int    `json:"n"`
	Class     string `json:"class"`
	ComputeMS int64  `json:"compute_ms"`
}

// OpenRequest is the body of POST /v1/challenge/open: the challenge id and
// the rows to open, ascending and distinct.
type OpenRequest struct {
	ID   string `json:"id"`
	Rows []int  `json:"rows"`
}

// OpenedRow is one opened row: its index, its N words and its Merkle proof
// (log₂ N sibling hashes, leaf level first, 0x-hex).
type OpenedRow struct {
	Index int      `json:"index"`
	Row   []uint32 `json:"row"`
	Proof []string `json:"proof"`
}

// OpenResponse answers POST /v1/challenge/open.
type OpenResponse struct {
	Rows []OpenedRow `json:"rows"`
}

// MaxOpenRows is the most rows one open request may ask for.
const MaxOpenRows = 64

// solved is a computed challenge kept for its openings.
type solved struct {
	signer  common.Address
	n       int
	c       []uint32
	tree    *scoring.MerkleTree
	expires time.Time
}

// challenges keeps the last solved challenges, by id, within a budget of
// result words: as many small ones as fit (several validators check a
// miner at once, each opening its own), few large ones.
type challenges struct {
	maxWords int
	ttl      time.Duration

	mu   sync.Mutex
	byID map[string]*solved
}

func newChallenges(maxWords int, ttl time.Duration) *challenges {
	return &challenges{maxWords: maxWords, ttl: ttl, byID: map[string]*solved{}}
}

// put keeps s under id, dropping expired entries and then, while the kept
// results and s's exceed the word budget, the one that expires first.
func (cs *challenges) put(now time.Time, id string, s *solved) {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	s.expires = now.Add(cs.ttl)
	for k, v := range cs.byID {
		if now.After(v.expires) {
			delete(cs.byID, k)
		}
	}
	words := len(s.c)
	for _, v := range cs.byID {
		words += len(v.c)
	}
	for len(cs.byID) > 0 && words > cs.maxWords {
		var oldest string
		for k, v := range cs.byID {
			if oldest == "" || v.expires.Before(cs.byID[oldest].expires) {
				oldest = k
			}
		}
		words -= len(cs.byID[oldest].c)
		delete(cs.byID, oldest)
	}
	cs.byID[id] = s
}

// get returns the challenge id solved for signer, if kept and not expired.
func (cs *challenges) get(now time.Time, id string, signer common.Address) (*solved, bool) {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	s, ok := cs.byID[id]
	if !ok || now.After(s.expires) || s.signer != signer {
		return nil, false
	}
	return s, true
}

// solve computes the challenge's product with one worker per CPU, each
// taking blocks of rows, and its row Merkle tree. It stops with ctx's error
// once ctx ends (checked between blocks of rows).
func solve(ctx context.Context, ch scoring.Challenge) ([]uint32, *scoring.MerkleTree, error) {
	n := ch.N
	a, b := ch.Matrices()
	c := make([]uint32, n*n)
	leaves := make([][32]byte, n)
	workers := min(runtime.GOMAXPROCS(0), n)
	const block = 8
	var mu sync.Mutex
	next := 0
	g, gctx := errgroup.WithContext(ctx)
	for range workers {
		g.Go(func() error {
			for {
				if err := gctx.Err(); err != nil {
					return err
				}
				mu.Lock()
				lo := next
				next += block
				mu.Unlock()
				if lo >= n {
					return nil
				}
				hi := min(lo+block, n)
				scoring.MulRows(a, b, n, lo, hi, c)
				for i := lo; i < hi; i++ {
					leaves[i] = scoring.RowLeaf(c[i*n : i*n+n])
				}
			}
		})
	}
	if err := g.Wait(); err != nil {
		return nil, nil, err
	}
	tree, err := scoring.NewMerkleTree(leaves)
	if err != nil {
		return nil, nil, err
	}
	return c, tree, nil
}
