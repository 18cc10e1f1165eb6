package miner

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// errQueueFull: a validator has as many requests waiting as it may.
var errQueueFull = errors.New("miner: queue full")

// limiter bounds each validator's requests: at most maxActive run at once
// and at most maxQueued more wait for a slot. A request beyond that is
// refused at once (429), so that one validator can neither hang the axon
// nor crowd the others out. Entries exist only for validators that passed
// authentication, so the map is bounded by the permit holders.
type limiter struct {
	maxActive, maxQueued int

	mu   sync.Mutex
	byID map[common.Address]*lane
}

// lane is one validator's slots: sem holds a token per running request.
type lane struct {
	sem     chan struct{}
	waiting int // guarded by limiter.mu
}

func newLimiter(maxActive, maxQueued int) *limiter {
	return &limiter{maxActive: maxActive, maxQueued: maxQueued, byID: map[common.Address]*lane{}}
}

// acquire takes a slot for validator, waiting until ctx ends if all are in
// use and the queue has room. It returns the release function, or
// errQueueFull, or ctx's error.
func (l *limiter) acquire(ctx context.Context, validator common.Address) (func(), error) {
	l.mu.Lock()
	ln := l.byID[validator]
	if ln == nil {
		ln = &lane{sem: make(chan struct{}, l.maxActive)}
		l.byID[validator] = ln
	}
	release := func() { <-ln.sem }
	select {
	case ln.sem <- struct{}{}:
		l.mu.Unlock()
		return release, nil
	default:
	}
	if ln.waiting >= l.maxQueued {
		l.mu.Unlock()
		return nil, errQueueFull
	}
	ln.waiting++
	l.mu.Unlock()
	defer func() {
		l.mu.Lock()
		ln.waiting--
		l.mu.Unlock()
	}()
	select {
	case ln.sem <- struct{}{}:
		return release, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// replayGuard refuses a request whose timestamp is outside ±window of the
// miner's clock or whose (signer, nonce) was seen within the window. It
// remembers a nonce for twice the window, after which its timestamp is
// out of range anyway.
type replayGuard struct {
	window time.Duration
	max    int // entries kept at most

	mu   sync.Mutex
	seen map[nonceKey]time.Time // expiry
	next time.Time              // when to sweep expired entries next
}

type nonceKey struct {
	signer common.Address
	nonce  uint64
}

// Replay guard errors.
var (
	errStale      = errors.New("miner: request timestamp outside the replay window")
	errReplayed   = errors.New("miner: replayed request")
	errReplayFull = errors.New("miner: too many recent requests to remember")
)

func newReplayGuard(window time.Duration, max int) *replayGuard {
	return &replayGuard{window: window, max: max, seen: map[nonceKey]time.Time{}}
}

// checkTime reports errStale unless ts (Unix ms) is within the window of
// now.
func (g *replayGuard) checkTime(now time.Time, ts uint64) error {
	if ts > uint64(1<<62) {
		return errStale
	}
	d := now.Sub(time.UnixMilli(int64(ts)))
	if d > g.window || d < -g.window {
		return errStale
	}
	return nil
}

// record remembers (signer, nonce) or reports errReplayed if it is known;
// errReplayFull when max entries are live.
func (g *replayGuard) record(now time.Time, signer common.Address, nonce uint64) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	if now.After(g.next) || len(g.seen) >= g.max {
		for k, exp := range g.seen {
			if now.After(exp) {
				delete(g.seen, k)
			}
		}
		g.next = now.Add(g.window)
	}
	k := nonceKey{signer, nonce}
	if exp, ok := g.seen[k]; ok && !now.After(exp) {
		return errReplayed
	}
	if len(g.seen) >= g.max {
		return errReplayFull
	}
	g.seen[k] = now.Add(2 * g.window)
	return nil
}
