package miner

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agora-net/agora/validator/ledger"
)

// PermitChecker says whether a validator holds a validator permit on a
// subnet. An error means the answer is unknown (the server answers 503),
// not that the permit is missing.
type PermitChecker interface {
	HasPermit(ctx context.Context, subnet uint16, validator common.Address) (bool, error)
}

// SubnetReader reads a subnet's view from the validator cluster;
// *validator.Client satisfies it.
type SubnetReader interface {
	Subnet(ctx context.Context, id uint16) (ledger.SubnetView, error)
}

// PermitCacheConfig tunes a PermitCache.
type PermitCacheConfig struct {
	// TTL is how long a subnet's permit list is used before it is read
	// again. Default 12s (a permit changes only at an epoch).
	TTL time.Duration
	// MaxStale is how long past its TTL a list is still used while the
	// cluster cannot be read. Default 5m.
	MaxStale time.Duration
	// FetchTimeout bounds one read of a subnet. Default 5s.
	FetchTimeout time.Duration
	// RetryAfter is how long after a failed read the next one waits;
	// meanwhile lookups answer from the stale set or with the error.
	// Default 2s.
	RetryAfter time.Duration
	// Now is the clock. Default time.Now.
	Now func() time.Time
}

// DefaultPermitCacheConfig returns the defaults named on PermitCacheConfig.
func DefaultPermitCacheConfig() PermitCacheConfig {
	return PermitCacheConfig{TTL: 12 * time.Second, MaxStale: 5 * time.Minute, FetchTimeout: 5 * time.Second,
		RetryAfter: 2 * time.Second, Now: time.Now}
}

// Validate reports the first field out of range.
func (c PermitCacheConfig) Validate() error {
	switch {
	case c.TTL <= 0:
		return fmt.Errorf("miner: permit cache: TTL %v must be positive", c.TTL)
	case c.MaxStale < 0:
		return fmt.Errorf("miner: permit cache: MaxStale %v must not be negative", c.MaxStale)
	case c.FetchTimeout <= 0:
		return fmt.Errorf("miner: permit cache: FetchTimeout %v must be positive", c.FetchTimeout)
	case c.RetryAfter < 0:
		return fmt.Errorf("miner: permit cache: RetryAfter %v must not be negative", c.RetryAfter)
	case c.Now == nil:
		return errors.New("miner: permit cache: nil Now")
	}
	return nil
}

// PermitCache is a PermitChecker over a SubnetReader: it keeps each
// subnet's set of permit holders for a TTL, reads a subnet at most once at
// a time however many requests wait for it, and keeps using a stale set
// for up to MaxStale while the cluster cannot be read. It is safe for
// concurrent use.
type PermitCache struct {
	src SubnetReader
	cfg PermitCacheConfig

	mu      sync.Mutex
	subnets map[uint16]*permitEntry
}

var _ PermitChecker = (*PermitCache)(nil)

// permitEntry is one subnet's cached permit set; loading is non-nil (and
// closed when done) while a read is under way.
type permitEntry struct {
	holders map[common.Address]bool
	fetched time.Time // zero: never read
	loading chan struct{}
	err     error     // the last read's error
	retryAt time.Time // after a failed read: no new read before this
}

// NewPermitCache returns a cache reading src.
func NewPermitCache(src SubnetReader, cfg PermitCacheConfig) (*PermitCache, error) {
	if src == nil {
		return nil, errors.New("miner: permit cache: nil SubnetReader")
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	return &PermitCache{src: src, cfg: cfg, subnets: map[uint16]*permitEntry{}}, nil
}

// HasPermit reports whether validator holds a validator permit on subnet,
// as of at most TTL ago (or MaxStale more when the cluster is
// unreachable).
func (c *PermitCache) HasPermit(ctx context.Context, subnet uint16, validator common.Address) (bool, error) {
	for {
		c.mu.Lock()
		e := c.subnets[subnet]
		if e == nil {
			e = &permitEntry{}
			c.subnets[subnet] = e
		}
		now := c.cfg.Now()
		fresh := !e.fetched.IsZero() && now.Sub(e.fetched) < c.cfg.TTL
		if fresh {
			ok := e.holders[validator]
			c.mu.Unlock()
			return ok, nil
		}
		if e.err != nil && now.Before(e.retryAt) {
			ok, _, err := c.afterLoad(e, validator) // e.err is set: stale set or error
			c.mu.Unlock()
			return ok, err
		}
		if e.loading != nil {
			wait := e.loading
			c.mu.Unlock()
			select {
			case <-wait:
				c.mu.Lock()
				ok, usable, err := c.afterLoad(e, validator)
				c.mu.Unlock()
				if usable || err != nil {
					return ok, err
				}
				continue
			case <-ctx.Done():
				return false, ctx.Err()
			}
		}
		done := make(chan struct{})
		e.loading = done
		c.mu.Unlock()

		// The read is shared by every waiting request, so it does not end
		// with the request that started it.
		fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), c.cfg.FetchTimeout)
		view, err := c.src.Subnet(fctx, subnet)
		cancel()

		c.mu.Lock()
		if err == nil {
			e.holders = map[common.Address]bool{}
			for _, n := range view.Neurons {
				if n.ValidatorPermit {
					e.holders[n.Hotkey] = true
				}
			}
			e.fetched = c.cfg.Now()
		}
		e.err = err
		if err != nil {
			e.retryAt = c.cfg.Now().Add(c.cfg.RetryAfter)
		}
		e.loading = nil
		close(done)
		ok, _, lerr := c.afterLoad(e, validator)
		c.mu.Unlock()
		return ok, lerr
	}
}

// afterLoad answers from e once a read ended: from e's set if it is fresh
// or, after a failed read, stale by at most MaxStale; else the read's
// error. usable is false when neither holds and there is no error (the
// caller reads again). The caller holds c.mu.
func (c *PermitCache) afterLoad(e *permitEntry, validator common.Address) (ok, usable bool, err error) {
	if e.fetched.IsZero() {
		if e.err != nil {
			return false, false, fmt.Errorf("miner: permit lookup: %w", e.err)
		}
		return false, false, nil
	}
	age := c.cfg.Now().Sub(e.fetched)
	switch {
	case age < c.cfg.TTL:
		return e.holders[validator], true, nil
	case e.err != nil && age < c.cfg.TTL+c.cfg.MaxStale:
		return e.holders[validator], true, nil
	case e.err != nil:
		return false, false, fmt.Errorf("miner: permit lookup: %w", e.err)
	}
	return false, false, nil
}
