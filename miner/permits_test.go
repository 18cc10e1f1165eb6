package miner

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agora-net/agora/validator/ledger"
)

// fakeCluster serves subnet views with a count of reads; err fails them,
// gate (if set) holds each read.
type fakeCluster struct {
	mu      sync.Mutex
	reads   int
	holders []common.Address
	err     error
	gate    chan struct{}
}

func (f *fakeCluster) Subnet(ctx context.Context, id uint16) (ledger.SubnetView, error) {
	f.mu.Lock()
	f.reads++
	gate, err := f.gate, f.err
	holders := append([]common.Address(nil), f.holders...)
	f.mu.Unlock()
	if gate != nil {
		<-gate
	}
	if err != nil {
		return ledger.SubnetView{}, err
	}
	v := ledger.SubnetView{ID: id}
	for i, h := range holders {
		v.Neurons = append(v.Neurons, ledger.NeuronView{UID: uint16(i), Hotkey: h, ValidatorPermit: true})
	}
	v.Neurons = append(v.Neurons, ledger.NeuronView{UID: 99, Hotkey: common.Address{9}, ValidatorPermit: false})
	return v, nil
}

func (f *fakeCluster) set(holders []common.Address, err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.holders, f.err = holders, err
}

func (f *fakeCluster) count() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.reads
}

// fakeClock is a settable clock.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

func TestPermitCache(t *testing.T) {
	a, b := common.Address{1}, common.Address{2}
	src := &fakeCluster{holders: []common.Address{a}}
	clock := &fakeClock{now: time.Unix(1000, 0)}
	cfg := DefaultPermitCacheConfig()
	cfg.TTL, cfg.MaxStale, cfg.RetryAfter, cfg.Now = 10*time.Second, time.Minute, 2*time.Second, clock.Now
	pc, err := NewPermitCache(src, cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	has := func(v common.Address) (bool, error) { return pc.HasPermit(ctx, 1, v) }
	steps := []struct {
		name      string
		do        func()
		who       common.Address
		want      bool
		wantErr   bool
		wantReads int
	}{
		{"first lookup reads", nil, a, true, false, 1},
		{"cached", nil, a, true, false, 1},
		{"cached, no permit", nil, b, false, false, 1},
		{"a permit without a neuron entry", nil, common.Address{9}, false, false, 1},
		{"b gets a permit; still cached", func() { src.set([]common.Address{a, b}, nil) }, b, false, false, 1},
		{"after the TTL", func() { clock.add(10 * time.Second) }, b, true, false, 2},
		{"cluster down: stale set serves", func() { clock.add(11 * time.Second); src.set(nil, errors.New("down")) }, b, true, false, 3},
		{"no new read before RetryAfter", func() { clock.add(time.Second) }, a, true, false, 3},
		{"read again after RetryAfter", func() { clock.add(2 * time.Second) }, a, true, false, 4},
		{"too stale", func() { clock.add(2 * time.Minute) }, a, false, true, 5},
		{"back up", func() { clock.add(3 * time.Second); src.set([]common.Address{b}, nil) }, a, false, false, 6},
	}
	for _, s := range steps {
		if s.do != nil {
			s.do()
		}
		got, err := has(s.who)
		if got != s.want || (err != nil) != s.wantErr || src.count() != s.wantReads {
			t.Errorf("%s: got %v, %v after %d reads; want %v, error %v, %d reads", s.name, got, err, src.count(), s.want, s.wantErr, s.wantReads)
		}
	}
	// Other subnets have their own entries.
	if ok, err := pc.HasPermit(ctx, 2, b); !ok || err != nil || src.count() != 7 {
		t.Errorf("subnet 2: %v, %v, %d reads", ok, err, src.count())
	}
	if _, err := NewPermitCache(nil, cfg); err == nil {
		t.Error("nil source accepted")
	}
	cfg.TTL = 0
	if _, err := NewPermitCache(src, cfg); err == nil {
		t.Error("zero TTL accepted")
	}
}

// TestPermitCacheOneRead: concurrent lookups of an unknown subnet share one
// read.
func TestPermitCacheOneRead(t *testing.T) {
	a := common.Address{1}
	src := &fakeCluster{holders: []common.Address{a}, gate: make(chan struct{})}
	pc, err := NewPermitCache(src, DefaultPermitCacheConfig())
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 20)
	for range 20 {
		wg.Go(func() {
			if ok, err := pc.HasPermit(context.Background(), 1, a); !ok || err != nil {
				errs <- errors.Join(err, errors.New("no permit"))
			}
		})
	}
	waitFor(t, func() bool { return src.count() == 1 })
	close(src.gate)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if n := src.count(); n != 1 {
		t.Errorf("%d reads, want 1", n)
	}
	// A waiter whose context ends stops waiting.
	src2 := &fakeCluster{gate: make(chan struct{})}
	pc2, _ := NewPermitCache(src2, DefaultPermitCacheConfig())
	go func() { _, _ = pc2.HasPermit(context.Background(), 1, a) }()
	waitFor(t, func() bool { return src2.count() == 1 })
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := pc2.HasPermit(ctx, 1, a); !errors.Is(err, context.Canceled) {
		t.Errorf("ended context: %v", err)
	}
	close(src2.gate)
}
