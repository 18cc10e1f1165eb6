package reward

import (
	"math"
	"reflect"
	"testing"
)

func TestFeaturesShape(t *testing.T) {
	for _, tc := range []struct{ prompt, response string }{
		{"", ""}, {"p", "r"}, {"Tell me about Zebras", "zebras are striped; ZEBRAS run"}, {"x", "\x00\xff\xfe ünïcode"},
	} {
		fs := Features(tc.prompt, tc.response, 32)
		for i, f := range fs {
			if f.Index < 0 || int(f.Index) >= 32+NumScalars || f.Value == 0 || math.IsNaN(f.Value) {
				t.Errorf("%q: feature %+v out of range", tc.response, f)
			}
			if i > 0 && fs[i-1].Index >= f.Index {
				t.Errorf("%q: features not sorted by index or repeated: %v", tc.response, fs)
			}
		}
		if again := Features(tc.prompt, tc.response, 32); !reflect.DeepEqual(again, fs) {
			t.Errorf("%q: features changed between calls", tc.response)
		}
	}
	if !reflect.DeepEqual(Features("ABOUT", "Hello World", 64), Features("about", "hello world", 64)) {
		t.Errorf("ASCII case changes the features")
	}
	if len(Features("", "", 64)) != 0 {
		t.Errorf("empty input has features: %v", Features("", "", 64))
	}
}

// The scalars on a worked case: the response "wxyz wxyz" to the prompt
// "say wxyz" has 6 4-grams (wxyz, xyz␠, yz␠w, z␠wx, ␠wxy, wxyz), three of
// them (wxyz twice, ␠wxy) in the prompt, one repeated; 2 words, 1 repeated.
func TestFeaturesScalars(t *testing.T) {
	const buckets = 16
	got := map[int]float64{}
	for _, f := range Features("say wxyz", "wxyz wxyz", buckets) {
		if int(f.Index) >= buckets {
			got[int(f.Index)-buckets] = f.Value
		}
	}
	want := map[int]float64{
		0: math.Log1p(9) / 8,
		1: math.Log1p(8) / 8,
		2: 3.0 / 6,
		3: math.Log1p(3) / 4,
		4: 1.0 / 6,
		5: 1.0 / 2,
	}
	for k, w := range want {
		if math.Abs(got[k]-w) > 1e-15 {
			t.Errorf("scalar %d: got %v, want %v", k, got[k], w)
		}
	}
}
