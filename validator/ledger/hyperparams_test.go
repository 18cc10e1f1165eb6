package ledger

import (
	"encoding/json"
	"math/big"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/agora-net/agora/subnet"
)

func TestFactor(t *testing.T) {
	frac := func(num, den int64) uint64 { // floor(num/den · 2^64)
		n := new(big.Int).Lsh(big.NewInt(num), 64)
		return n.Quo(n, big.NewInt(den)).Uint64()
	}
	tests := []struct {
		in   string
		want Factor
		out  string // the re-encoding; "" = in
	}{
		{"2", Factor{Int: 2}, ""},
		{"0", Factor{}, ""},
		{"0.5", Factor{Frac: 1 << 63}, ""},
		{"1.25", Factor{Int: 1, Frac: 1 << 62}, ""},
		{"1.250", Factor{Int: 1, Frac: 1 << 62}, "1.25"},
		{"1.26", Factor{Int: 1, Frac: frac(26, 100)}, "1.25999999999999999999132638262011596452794037759304046630859375"},
		{"18446744073709551615.9", Factor{Int: 1<<64 - 1, Frac: frac(9, 10)}, "18446744073709551615.899999999999999999978315956550289911319850943982601165771484375"},
		{"1.2600000000000000088817841970012523233890533447265625", Factor(subnet.DefaultBurnIncreaseMult()), ""},
		{"0.0000000000000000000542101086242752217003726400434970855712890625", Factor{Frac: 1}, ""}, // 2^-64
	}
	for _, tt := range tests {
		got, err := ParseFactor(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseFactor(%q) = %+v, %v; want %+v", tt.in, got, err, tt.want)
			continue
		}
		out := tt.out
		if out == "" {
			out = tt.in
		}
		if s := got.String(); s != strings.TrimRight(out, "0") && s != out {
			t.Errorf("%+v.String() = %q, want %q", got, s, out)
		}
	}
	for _, bad := range []string{"", ".5", "1.", "01", "01.5", "+1", "-1", "1e3", "1.2.3", " 1", "1,5", "0x1",
		"18446744073709551616", "1." + strings.Repeat("1", MaxFactorDigits+1)} {
		if f, err := ParseFactor(bad); err == nil {
			t.Errorf("ParseFactor(%q) = %+v, want an error", bad, f)
		}
	}
	// String is exact: parsing it returns the same value.
	r := rand.New(rand.NewPCG(1, 2))
	for range 1000 {
		f := Factor{Int: r.Uint64() >> r.IntN(64), Frac: r.Uint64() >> r.IntN(64)}
		if back, err := ParseFactor(f.String()); err != nil || back != f {
			t.Fatalf("ParseFactor(%q) = %+v, %v; want %+v", f.String(), back, err, f)
		}
	}
	if got := DefaultHyperparams().BurnIncreaseMult.String(); got != "1.2600000000000000088817841970012523233890533447265625" {
		t.Errorf("default burn_increase_mult = %s", got)
	}
	var f Factor
	for _, bad := range []string{`1.5`, `null`, `"x"`, `{}`} {
		if err := json.Unmarshal([]byte(bad), &f); err == nil {
			t.Errorf("Unmarshal(%s) into a Factor succeeded", bad)
		}
	}
}

// HyperparamsPatch has one pointer field per Hyperparams field, with the
// same name and JSON key.
func TestHyperparamsPatchMirrorsHyperparams(t *testing.T) {
	ht, pt := reflect.TypeFor[Hyperparams](), reflect.TypeFor[HyperparamsPatch]()
	if ht.NumField() != pt.NumField() {
		t.Fatalf("Hyperparams has %d fields, HyperparamsPatch %d", ht.NumField(), pt.NumField())
	}
	for i := range ht.NumField() {
		hf, pf := ht.Field(i), pt.Field(i)
		if hf.Name != pf.Name || pf.Type != reflect.PointerTo(hf.Type) || pf.Tag.Get("json") != hf.Tag.Get("json")+",omitempty" {
			t.Errorf("field %d: Hyperparams %s %s %q, patch %s %s %q", i, hf.Name, hf.Type, hf.Tag, pf.Name, pf.Type, pf.Tag)
		}
	}
	// A patch of every field of a Hyperparams value applies to that value,
	// and its JSON is that value's JSON.
	want := testHyperparams()
	want.Kappa, want.BurnIncreaseMult, want.AlphaSigmoidSteepness = 3, Factor{Int: 2, Frac: 5}, 9
	data, err := json.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	p := patch(t, string(data))
	if got := p.Apply(DefaultHyperparams()); got != want {
		t.Fatalf("Apply = %+v, want %+v", got, want)
	}
	if again, _ := json.Marshal(p); string(again) != string(data) {
		t.Fatalf("patch JSON %s, want %s", again, data)
	}
	if got := len(p.Fields()); got != ht.NumField() {
		t.Fatalf("Fields() has %d names, want %d", got, ht.NumField())
	}
	if got := patch(t, `{"tempo":3,"burn":1}`).Fields(); !slices.Equal(got, []string{"tempo", "burn"}) {
		t.Fatalf("Fields() = %v", got)
	}
}

// The root-only hyperparameters are exactly the documented ones.
func TestOwnerSettable(t *testing.T) {
	root := []string{"tempo", "kappa", "max_allowed_validators", "weights_rate_limit", "stake_threshold",
		"owner_cut", "emission_per_block", "burn", "owner_hyperparam_rate_limit", "admin_freeze_window"}
	var got []string
	for _, name := range jsonNames(reflect.TypeFor[Hyperparams]()) {
		if !OwnerSettable(name) {
			got = append(got, name)
		}
	}
	slices.Sort(got)
	slices.Sort(root)
	if !slices.Equal(got, root) {
		t.Fatalf("root-only hyperparams %v, want %v", got, root)
	}
	if OwnerSettable("no_such_field") {
		t.Fatal("an unknown name is owner-settable")
	}
}
