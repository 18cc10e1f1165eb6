package scoring

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// benchState is a subnet of n uids where uids 0..validators−1 are validators
// with equal stake and permits, each weighting perRow of the other uids
// (all of them when perRow ≥ n−validators) with seeded random u16 values,
// under original Yuma; its bonds come from one previous epoch on the same
// weights, as on a live subnet.
func benchState(n, validators, perRow int, seed uint64) *State {
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	s := &State{
		Block:          1000,
		Emission:       1_000_000_000,
		LastEpochBlock: 640,
		Hyperparams: Hyperparams{
			Kappa: 32767, BondsPenalty: 65535, BondsMovingAverage: 900_000,
			MaxAllowedValidators: uint16(validators), Tempo: 360,
			ActivityCutoffFactorMilli: 13889, AlphaLow: 45875, AlphaHigh: 58982,
			AlphaSigmoidSteepness: 1000,
		},
		Neurons: make([]Neuron, n),
	}
	miners := n - validators
	for i := range s.Neurons {
		nu := &s.Neurons[i]
		nu.LastUpdate = 990
		if i >= validators {
			continue
		}
		nu.Stake = 1_000_000_000
		nu.ValidatorPermit = true
		var targets []int
		if perRow >= miners {
			targets = make([]int, miners)
			for k := range targets {
				targets[k] = validators + k
			}
		} else {
			targets = rng.Perm(miners)[:perRow]
			for k := range targets {
				targets[k] += validators
			}
			sortInts(targets)
		}
		nu.Weights = make([]Entry, len(targets))
		for k, j := range targets {
			nu.Weights[k] = Entry{UID: uint16(j), Value: uint16(rng.IntN(65536))}
		}
	}
	prev, err := Epoch(s)
	if err != nil {
		panic(err)
	}
	for i := range s.Neurons {
		s.Neurons[i].Bonds = prev.Bonds[i]
		s.Neurons[i].ValidatorPermit = prev.ValidatorPermit[i]
	}
	return s
}

func sortInts(v []int) {
	for i := 1; i < len(v); i++ {
		for k := i; k > 0 && v[k] < v[k-1]; k-- {
			v[k], v[k-1] = v[k-1], v[k]
		}
	}
}

// benchmarkEpoch runs epochs on s with one Epocher, as a validator does.
func benchmarkEpoch(b *testing.B, s *State) {
	var e Epocher
	b.ReportAllocs()
	for b.Loop() {
		if _, err := e.Run(s); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEpochDense4096x256: 4096 uids, 256 validators each weighting all
// 3840 miners, original Yuma with bonds.
func BenchmarkEpochDense4096x256(b *testing.B) {
	benchmarkEpoch(b, benchState(4096, 256, 3840, 1))
}

// BenchmarkEpochSparse4096x256: as above with 64 weights per validator.
func BenchmarkEpochSparse4096x256(b *testing.B) {
	benchmarkEpoch(b, benchState(4096, 256, 64, 1))
}

// BenchmarkEpochScaling shows the cost growing with the number of weights.
func BenchmarkEpochScaling(b *testing.B) {
	for _, n := range []int{1024, 2048, 4096} {
		for _, perRow := range []int{64, n - 256} {
			b.Run(fmt.Sprintf("uids=%d/weights=%d", n, perRow*256), func(b *testing.B) {
				benchmarkEpoch(b, benchState(n, 256, perRow, 1))
			})
		}
	}
}
