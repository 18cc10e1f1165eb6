package scoring

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/agora-net/agora/subnet"
)

// These are YUMA.md Part 2 V9: subtensor's tests/math.rs cases, with inputs
// built from f32 literals as the Rust tests build them.

func TestWeightedMedianVectors(t *testing.T) {
	majority := fixedF32(0.51)
	tests := []struct {
		stake, score []float32
		want         float32
		normalize    bool
	}{
		{stake: []float32{0.51}, score: []float32{1}, want: 1, normalize: true},
		{stake: []float32{.49, .51}, score: []float32{.5, 1}, want: 1},
		{stake: []float32{.51, .49}, score: []float32{.5, 1}, want: .5},
		{stake: []float32{.49, 0, .51}, score: []float32{.5, .7, 1}, want: 1},
		{stake: []float32{.49, .01, .5}, score: []float32{.5, .7, 1}, want: .7},
		{stake: []float32{.49, .51, 0}, score: []float32{.5, .7, 1}, want: .7},
		{stake: []float32{0, .49, .51}, score: []float32{.5, .7, 1}, want: 1},
		{stake: []float32{0, .49, 0, .51}, score: []float32{.5, .5, 1, 1}, want: 1},
		{stake: []float32{.2, .2, .2, .2, .2}, score: []float32{.8, .2, 1, .6, .4}, want: .6},
		{stake: []float32{.1, .1, .1, .1, .1, .1, .1, .1, .1, .1}, score: []float32{.8, .8, .2, .2, 1, 1, .6, .6, .4, .4}, want: .6},
		{stake: nil, score: nil, want: 0},
	}
	for _, tc := range tests {
		stake := fixedF32s(tc.stake...)
		if tc.normalize {
			normalize(stake)
		}
		var sum I32F32
		idx := make([]int, len(stake))
		for i, s := range stake {
			sum += s
			idx[i] = i
		}
		minority := sum.SatSub(majority)
		got := WeightedMedian(stake, fixedF32s(tc.score...), idx, minority, 0, sum)
		if want := fixedF32(tc.want); got != want {
			t.Errorf("WeightedMedian(stake %v, score %v) = %d, want %d (%v)", tc.stake, tc.score, got, want, tc.want)
		}
	}
}

// denseCSR builds a sparse matrix holding every entry of a dense row-major
// matrix, zeros included.
func denseCSR(rows, cols int, values []float32) *csr {
	var m csr
	m.reset(rows, rows*cols)
	for i := range rows {
		for j := range cols {
			m.push(uint16(j), fixedF32(values[i*cols+j]))
		}
		m.endRow()
	}
	return &m
}

func TestWeightedMedianColVectors(t *testing.T) {
	w1 := []float32{0, .1, 0, 0, .2, .4, 0, .3, .1, 0, .4, .5}
	w2 := []float32{0, .1, 0, 0, .2, .4, 0, .3, .1, 0, 0, .5}
	tests := []struct {
		w        []float32
		stake    []float32
		majority float32
		want     []float32
	}{
		{w1, []float32{0, .75, .25, 0}, .24, []float32{0, .3, .4}},
		{w1, []float32{0, .75, .25, 0}, .26, []float32{0, .2, .4}},
		{w1, []float32{0, .75, .25, 0}, .76, []float32{0, .2, .1}},
		{w2, []float32{0, .3, .2, .5}, .51, []float32{0, 0, .4}},
	}
	for _, tc := range tests {
		// The matrix is 4×3; the epoch's columns are uids, so pad to 4 columns.
		var padded []float32
		for i := range 4 {
			padded = append(padded, tc.w[i*3:i*3+3]...)
			padded = append(padded, 0)
		}
		var m medianSearch
		got := m.columns(fixedF32s(tc.stake...), denseCSR(4, 4, padded), 4, fixedF32(tc.majority))[:3]
		if want := fixedF32s(tc.want...); !slices.Equal(got, want) {
			t.Errorf("columns(stake %v, majority %v) = %v, want %v", tc.stake, tc.majority, got, want)
		}
	}
}

// TestMedianColumnsMatchStraightforward checks the zero-skipping column
// search against WeightedMedian on dense score vectors.
func TestMedianColumnsMatchStraightforward(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for trial := range 3000 {
		rows, n := 1+rng.IntN(12), 1+rng.IntN(10)
		stake := make([]I32F32, rows)
		for i := range stake {
			if rng.IntN(4) > 0 {
				stake[i] = I32F32(rng.Int64N(int64(One)))
			}
		}
		var w csr
		w.reset(rows, rows*n)
		levels := []I32F32{0, One / 4, One / 3, One / 2, One}
		for range rows {
			for j := range n {
				switch rng.IntN(3) {
				case 0: // absent
				case 1:
					w.push(uint16(j), levels[rng.IntN(len(levels))])
				default:
					w.push(uint16(j), I32F32(rng.Int64N(int64(One)+1)))
				}
			}
			w.endRow()
		}
		kappa := I32F32(rng.Int64N(int64(One) + 1))
		var m medianSearch
		got := m.columns(stake, &w, n, kappa)

		var use []I32F32
		var useRows []int
		for i, s := range stake {
			if s > 0 {
				use = append(use, s)
				useRows = append(useRows, i)
			}
		}
		normalize(use)
		var sum I32F32
		idx := make([]int, len(use))
		for k, s := range use {
			sum += s
			idx[k] = k
		}
		for j := range n {
			score := make([]I32F32, len(use))
			for k, i := range useRows {
				cols, vals := w.row(i)
				for c, col := range cols {
					if int(col) == j {
						score[k] = vals[c]
					}
				}
			}
			if want := WeightedMedian(use, score, idx, sum.SatSub(kappa), 0, sum); got[j] != want {
				t.Fatalf("trial %d column %d: got %d, want %d (stake %v, scores %v, kappa %d)", trial, j, got[j], want, use, score, kappa)
			}
		}
	}
}

func TestVecMaxUpscaleToU16Vectors(t *testing.T) {
	tests := []struct {
		in   []I32F32
		want []uint16
	}{
		{fixedF32s(0, .5, 1, 1.5, 2, 32768, 32769), []uint16{0, 1, 2, 3, 4, 65533, 65535}},
		{fixedF32s(1e-6, 6e-6, 7e-6, 1e-4, 1e-3, .01, .1, .2, .3, .4), []uint16{0, 1, 1, 16, 164, 1638, 16384, 32768, 49151, 65535}},
		{[]I32F32{0, FromInt(1), FromInt(32768), FromInt(32769), MaxI32F32}, []uint16{0, 0, 1, 1, 65535}},
		{fixedF32s(0, 0.000016, 1), []uint16{0, 1, 65535}},
		{fixedF32s(1e-9, 1e-9), []uint16{65535, 65535}},
		{nil, []uint16{}},
	}
	for _, tc := range tests {
		if got := VecMaxUpscaleToU16(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("VecMaxUpscaleToU16(%v) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestIsTopKNonzeroVectors(t *testing.T) {
	tests := []struct {
		in   []int64
		k    int
		want []bool
	}{
		{[]int64{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, 5, []bool{false, false, false, false, false, true, true, true, true, true}},
		{[]int64{9, 0, 8, 1, 7, 2, 6, 3, 5, 4}, 5, []bool{true, false, true, false, true, false, true, false, true, false}},
		{[]int64{0, 1, 2, 3, 4, 5, 5, 5, 5, 6}, 5, []bool{false, false, false, false, false, true, true, true, true, true}},
		// Ties keep the higher uids; zeros never get a permit; n < k keeps all nonzero.
		{[]int64{5, 5, 5, 5}, 2, []bool{false, false, true, true}},
		{[]int64{0, 3, 1}, 5, []bool{false, true, true}},
		{[]int64{2, 1}, 1, []bool{true, false}},
	}
	for _, tc := range tests {
		v := make([]I32F32, len(tc.in))
		for i, x := range tc.in {
			v[i] = FromInt(x)
		}
		if got := isTopKNonzero(v, tc.k); !slices.Equal(got, tc.want) {
			t.Errorf("isTopKNonzero(%v, %d) = %v, want %v", tc.in, tc.k, got, tc.want)
		}
	}
}

func TestMatEMAAlphaSparseVectors(t *testing.T) {
	alpha := fixedF32(0.1)
	constant := func(uint16, I32F32, I32F32) I32F32 { return alpha }

	// old (0,0) = 1 and new (1,1) = 2: only (1,1) = 0.2 — the old bond is
	// dropped, not decayed.
	var oldM, newM, out csr
	oldM.reset(2, 1)
	oldM.push(0, One)
	oldM.endRow()
	oldM.endRow()
	newM.reset(2, 1)
	newM.endRow()
	newM.push(1, 2*One)
	newM.endRow()
	matEMAAlpha(&out, &newM, &oldM, 2, constant)
	if cols, _ := out.row(0); len(cols) != 0 {
		t.Errorf("row 0 = %v, want empty", cols)
	}
	cols, vals := out.row(1)
	if len(cols) != 1 || cols[0] != 1 || vals[0] != alpha.SatMul(2*One) {
		t.Errorf("row 1 = %v %v, want [(1, 0.2)]", cols, vals)
	}

	// old all 0, new 3×4: EMA = min(1, 0.1·new).
	in := []float32{.1, .2, 3, .04, .05, .06, .07, .08, .09, .1, .11, .12}
	want := []float64{.01, .02, .3, .00399, .005, .00599, .007, .00799, .009, .01, .011, .01199}
	newD := denseCSR(3, 4, in)
	var empty csr
	empty.reset(3, 0)
	for range 3 {
		empty.endRow()
	}
	matEMAAlpha(&out, newD, &empty, 4, constant)
	for i := range 3 {
		cols, vals := out.row(i)
		for k, j := range cols {
			if got := float64(vals[k]) / (1 << 32); math.Abs(got-want[i*4+int(j)]) > 1e-4 {
				t.Errorf("cell (%d,%d) = %v, want ≈ %v", i, j, got, want[i*4+int(j)])
			}
		}
	}
}

// TestMatEMASparse: α·new + (1−α)·old per cell, summed, positive cells kept
// in column order (YUMA.md §4.10a).
func TestMatEMASparse(t *testing.T) {
	var oldM, newM, out csr
	var acc rowAccumulator
	oldM.reset(2, 2)
	oldM.push(1, One)
	oldM.push(0, One/2)
	oldM.endRow()
	oldM.endRow()
	newM.reset(2, 2)
	newM.push(1, One)
	newM.endRow()
	newM.push(0, 0)
	newM.endRow()
	alpha := emaAlpha(900_000)
	matEMA(&out, &newM, &oldM, &acc, alpha, 2)
	cols, vals := out.row(0)
	wantV1 := alpha.SatMul(One).SatAdd(One.SatSub(alpha).SatMul(One))
	wantV0 := One.SatSub(alpha).SatMul(One / 2)
	if !slices.Equal(cols, []uint16{0, 1}) || vals[0] != wantV0 || vals[1] != wantV1 {
		t.Errorf("row 0 = %v %v, want [0 1] [%d %d]", cols, vals, wantV0, wantV1)
	}
	if cols, _ := out.row(1); len(cols) != 0 {
		t.Errorf("row 1 = %v, want empty (zero cells are dropped)", cols)
	}
}

// TestSubnetUpscaleMatchesFixed: subnet's integer MaxUpscaleU16 (used when
// weights are stored) equals VecMaxUpscaleToU16 on the same values.
func TestSubnetUpscaleMatchesFixed(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 14))
	for range 20_000 {
		in := make([]uint16, 1+rng.IntN(8))
		for i := range in {
			in[i] = uint16(rng.IntN(65536) >> rng.IntN(16))
		}
		fixed := make([]I32F32, len(in))
		for i, v := range in {
			fixed[i] = FromU16(v)
		}
		if got, want := subnet.MaxUpscaleU16(in), VecMaxUpscaleToU16(fixed); !slices.Equal(got, want) {
			t.Fatalf("subnet.MaxUpscaleU16(%v) = %v, want %v", in, got, want)
		}
	}
}
