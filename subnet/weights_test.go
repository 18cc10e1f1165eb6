package subnet

import (
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
)

// weightSentinels lists CheckWeights' errors in check order.
var weightSentinels = []error{
	ErrCommitRevealEnabled,
	ErrWeightsLengthMismatch,
	ErrTooManyWeights,
	ErrNotRegistered,
	ErrNotEnoughStake,
	ErrIncorrectVersionKey,
	ErrWeightsRateLimited,
	ErrNoValidatorPermit,
	ErrDuplicateUID,
	ErrInvalidUID,
	ErrTooFewWeights,
}

// validWeights returns a call and a view that pass every check: a permitted
// validator, uid 2 of 8, setting 3 weights with 3 required.
func validWeights() (WeightsRequest, WeightsView) {
	return WeightsRequest{
			UIDs:       []uint16{0, 1, 5},
			Values:     []uint16{10, 20, 30},
			VersionKey: 7,
		}, WeightsView{
			CurrentBlock:        1000,
			N:                   8,
			StakeThreshold:      100,
			WeightsVersionKey:   7,
			WeightsSetRateLimit: 100,
			MinAllowedWeights:   3,
			Caller: Caller{
				Registered:      true,
				UID:             2,
				Stake:           100,
				ValidatorPermit: true,
				LastUpdate:      900,
			},
		}
}

func TestCheckWeights(t *testing.T) {
	tests := []struct {
		name   string
		modify func(*WeightsRequest, *WeightsView)
		want   error // nil for success
	}{
		{"valid", func(*WeightsRequest, *WeightsView) {}, nil},

		// 1. Commit-reveal.
		{"commit-reveal on", func(_ *WeightsRequest, v *WeightsView) { v.CommitRevealEnabled = true }, ErrCommitRevealEnabled},

		// 2. Call shape.
		{"more uids than values", func(r *WeightsRequest, _ *WeightsView) { r.UIDs = append(r.UIDs, 6) }, ErrWeightsLengthMismatch},
		{"more values than uids", func(r *WeightsRequest, _ *WeightsView) { r.Values = append(r.Values, 1) }, ErrWeightsLengthMismatch},
		{"len above n", func(r *WeightsRequest, v *WeightsView) { v.N = 2 }, ErrTooManyWeights},
		{"len equal to n", func(r *WeightsRequest, v *WeightsView) {
			r.UIDs, r.Values = []uint16{0, 1, 2}, []uint16{1, 1, 1}
			v.N = 3
		}, nil},
		{"empty on empty subnet", func(r *WeightsRequest, v *WeightsView) {
			r.UIDs, r.Values = nil, nil
			v.N, v.MinAllowedWeights = 0, 1
		}, nil},

		// 3. Caller.
		{"not registered", func(_ *WeightsRequest, v *WeightsView) { v.Caller.Registered = false }, ErrNotRegistered},
		{"stake below threshold", func(_ *WeightsRequest, v *WeightsView) { v.Caller.Stake = 99 }, ErrNotEnoughStake},
		{"stake threshold zero, no stake", func(_ *WeightsRequest, v *WeightsView) { v.Caller.Stake, v.StakeThreshold = 0, 0 }, nil},
		{"version key below", func(r *WeightsRequest, _ *WeightsView) { r.VersionKey = 6 }, ErrIncorrectVersionKey},
		{"version key above", func(r *WeightsRequest, _ *WeightsView) { r.VersionKey = 8 }, nil},
		{"subnet version key zero", func(r *WeightsRequest, v *WeightsView) { r.VersionKey, v.WeightsVersionKey = 0, 0 }, nil},

		// 4. Rate limit.
		{"rate limited", func(_ *WeightsRequest, v *WeightsView) { v.Caller.LastUpdate = 901 }, ErrWeightsRateLimited},
		{"exactly at rate limit", func(_ *WeightsRequest, v *WeightsView) { v.Caller.LastUpdate = 900 }, nil},
		{"never updated", func(_ *WeightsRequest, v *WeightsView) { v.Caller.LastUpdate, v.CurrentBlock = 0, 5 }, nil},
		{"last update in the future saturates to 0", func(_ *WeightsRequest, v *WeightsView) { v.Caller.LastUpdate = 2000 }, ErrWeightsRateLimited},
		{"rate limit zero, same block", func(_ *WeightsRequest, v *WeightsView) {
			v.Caller.LastUpdate, v.WeightsSetRateLimit = 1000, 0
		}, nil},

		// 5. Permit.
		{"no permit", func(_ *WeightsRequest, v *WeightsView) { v.Caller.ValidatorPermit = false }, ErrNoValidatorPermit},
		{"owner without permit", func(_ *WeightsRequest, v *WeightsView) {
			v.Caller.ValidatorPermit, v.Caller.IsOwner = false, true
		}, nil},
		{"self-weight without permit", func(r *WeightsRequest, v *WeightsView) {
			v.Caller.ValidatorPermit = false
			r.UIDs, r.Values = []uint16{2}, []uint16{0}
		}, nil},
		{"single weight to another uid without permit", func(r *WeightsRequest, v *WeightsView) {
			v.Caller.ValidatorPermit = false
			r.UIDs, r.Values = []uint16{3}, []uint16{1}
		}, ErrNoValidatorPermit},
		{"self first of two without permit", func(r *WeightsRequest, v *WeightsView) {
			v.Caller.ValidatorPermit = false
			r.UIDs, r.Values = []uint16{2, 3}, []uint16{1, 1}
		}, ErrNoValidatorPermit},

		// 6. Content.
		{"duplicate uid", func(r *WeightsRequest, _ *WeightsView) { r.UIDs = []uint16{0, 5, 5} }, ErrDuplicateUID},
		{"uid equal to n", func(r *WeightsRequest, _ *WeightsView) { r.UIDs = []uint16{0, 1, 8} }, ErrInvalidUID},
		{"uid 65535", func(r *WeightsRequest, _ *WeightsView) { r.UIDs = []uint16{65535, 1, 0} }, ErrInvalidUID},
		{"too few", func(r *WeightsRequest, _ *WeightsView) { r.UIDs, r.Values = []uint16{0, 1}, []uint16{1, 1} }, ErrTooFewWeights},
		{"min capped at n", func(r *WeightsRequest, v *WeightsView) {
			v.MinAllowedWeights = 1024
			v.N = 3
			r.UIDs, r.Values = []uint16{0, 1, 2}, []uint16{1, 1, 1}
		}, nil},
		{"min capped at n, still short", func(r *WeightsRequest, v *WeightsView) {
			v.MinAllowedWeights = 1024
			v.N = 3
			r.UIDs, r.Values = []uint16{0, 1}, []uint16{1, 1}
		}, ErrTooFewWeights},
		{"self-weight exempt from length", func(r *WeightsRequest, _ *WeightsView) { r.UIDs, r.Values = []uint16{2}, []uint16{9} }, nil},
		{"zero values are fine", func(r *WeightsRequest, _ *WeightsView) { r.Values = []uint16{0, 0, 0} }, nil},
		{"empty with min 0", func(r *WeightsRequest, v *WeightsView) { r.UIDs, r.Values, v.MinAllowedWeights = nil, nil, 0 }, nil},
		{"empty with min 1", func(r *WeightsRequest, v *WeightsView) { r.UIDs, r.Values, v.MinAllowedWeights = nil, nil, 1 }, ErrTooFewWeights},

		// Order: the earlier check wins.
		{"commit-reveal before shape", func(r *WeightsRequest, v *WeightsView) {
			v.CommitRevealEnabled = true
			r.Values = nil
		}, ErrCommitRevealEnabled},
		{"length before registration", func(r *WeightsRequest, v *WeightsView) {
			r.Values = nil
			v.Caller.Registered = false
		}, ErrWeightsLengthMismatch},
		{"too many before registration", func(_ *WeightsRequest, v *WeightsView) {
			v.N = 1
			v.Caller.Registered = false
		}, ErrTooManyWeights},
		{"registration before stake", func(_ *WeightsRequest, v *WeightsView) {
			v.Caller.Registered, v.Caller.Stake = false, 0
		}, ErrNotRegistered},
		{"stake before version", func(r *WeightsRequest, v *WeightsView) {
			v.Caller.Stake, r.VersionKey = 0, 0
		}, ErrNotEnoughStake},
		{"version before rate limit", func(r *WeightsRequest, v *WeightsView) {
			r.VersionKey, v.Caller.LastUpdate = 0, 999
		}, ErrIncorrectVersionKey},
		{"rate limit before permit", func(_ *WeightsRequest, v *WeightsView) {
			v.Caller.LastUpdate, v.Caller.ValidatorPermit = 999, false
		}, ErrWeightsRateLimited},
		{"permit before duplicates", func(r *WeightsRequest, v *WeightsView) {
			v.Caller.ValidatorPermit = false
			r.UIDs = []uint16{1, 1, 1}
		}, ErrNoValidatorPermit},
		{"duplicates before invalid", func(r *WeightsRequest, _ *WeightsView) { r.UIDs = []uint16{9, 1, 1} }, ErrDuplicateUID},
		{"invalid before length", func(r *WeightsRequest, _ *WeightsView) { r.UIDs, r.Values = []uint16{9}, []uint16{1} }, ErrInvalidUID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, view := validWeights()
			tt.modify(&req, &view)
			got := CheckWeights(req, view)
			if tt.want == nil {
				if got != nil {
					t.Fatalf("CheckWeights = %v, want nil", got)
				}
				return
			}
			if !errors.Is(got, tt.want) {
				t.Fatalf("CheckWeights = %v, want %v", got, tt.want)
			}
			for _, other := range weightSentinels {
				if other != tt.want && errors.Is(got, other) {
					t.Errorf("CheckWeights = %v also matches %v", got, other)
				}
			}
		})
	}
}

func TestWeightSentinelsDistinctAndPrefixed(t *testing.T) {
	seen := map[string]bool{}
	for _, err := range weightSentinels {
		msg := err.Error()
		if !strings.HasPrefix(msg, "subnet: ") {
			t.Errorf("error %q: want prefix %q", msg, "subnet: ")
		}
		if msg != strings.ToLower(msg) {
			t.Errorf("error %q: want lower case", msg)
		}
		if seen[msg] {
			t.Errorf("error %q declared twice", msg)
		}
		seen[msg] = true
	}
}

// CheckWeights on arbitrary input never panics and returns nil or exactly
// one sentinel; when it accepts, the independent conditions all hold.
func TestCheckWeightsProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	small := func(n int) uint16 { return uint16(r.IntN(n)) }
	for range 50000 {
		n := small(12)
		k := r.IntN(int(n) + 3)
		vlen := k
		if r.IntN(8) == 0 { // occasionally a malformed call
			vlen = max(0, k+2*r.IntN(2)-1)
		}
		req := WeightsRequest{UIDs: make([]uint16, k), Values: make([]uint16, vlen), VersionKey: uint64(r.IntN(4))}
		for i := range req.UIDs {
			req.UIDs[i] = small(int(n) + 2)
		}
		view := WeightsView{
			CurrentBlock:        uint64(r.IntN(300)),
			N:                   n,
			CommitRevealEnabled: r.IntN(10) == 0,
			StakeThreshold:      uint64(r.IntN(3)),
			WeightsVersionKey:   uint64(r.IntN(3)),
			WeightsSetRateLimit: uint64(r.IntN(50)),
			MinAllowedWeights:   small(6),
			Caller: Caller{
				Registered:      r.IntN(8) != 0,
				UID:             small(int(n) + 1),
				Stake:           uint64(r.IntN(4)),
				ValidatorPermit: r.IntN(2) == 0,
				IsOwner:         r.IntN(6) == 0,
				LastUpdate:      uint64(r.IntN(300)),
			},
		}
		err := CheckWeights(req, view)
		if err == nil {
			c := view.Caller
			self := len(req.Values) == 1 && len(req.UIDs) == 1 && req.UIDs[0] == c.UID
			ok := !view.CommitRevealEnabled &&
				len(req.UIDs) == len(req.Values) && len(req.UIDs) <= int(n) &&
				c.Registered && c.Stake >= view.StakeThreshold &&
				(view.WeightsVersionKey == 0 || req.VersionKey >= view.WeightsVersionKey) &&
				(c.LastUpdate == 0 || satSub(view.CurrentBlock, c.LastUpdate) >= view.WeightsSetRateLimit) &&
				(c.ValidatorPermit || c.IsOwner || self) &&
				(self || len(req.Values) >= int(min(view.MinAllowedWeights, n)))
			seen := map[uint16]bool{}
			for _, u := range req.UIDs {
				ok = ok && !seen[u] && u < n
				seen[u] = true
			}
			if !ok {
				t.Fatalf("CheckWeights(%+v, %+v) = nil, want an error", req, view)
			}
			continue
		}
		matches := 0
		for _, s := range weightSentinels {
			if errors.Is(err, s) {
				matches++
			}
		}
		if matches != 1 {
			t.Fatalf("CheckWeights(%+v, %+v) = %v, matches %d sentinels, want 1", req, view, err, matches)
		}
	}
}

func satSub(a, b uint64) uint64 {
	if a < b {
		return 0
	}
	return a - b
}
