package ledger

import (
	"bytes"
	"encoding/json"
	"io"
	"reflect"
	"slices"
	"strings"
	"testing"
)

var allTasks = []string{TaskInference, TaskFineTune, TaskPreference}

// Every Scoring field belongs to exactly one task's ScoringParams, so that
// Validate and the CLI's display cover each field.
func TestScoringParamsCoverFields(t *testing.T) {
	typ := reflect.TypeFor[Scoring]()
	var fields []string
	for i := range typ.NumField() {
		fields = append(fields, jsonName(typ.Field(i)))
	}
	var listed []string
	for _, task := range allTasks {
		listed = append(listed, ScoringParams(task)...)
	}
	if !slices.Equal(listed, fields) {
		t.Errorf("ScoringParams of all tasks = %v, want the fields in order %v", listed, fields)
	}
	if ScoringParams("training") != nil {
		t.Errorf("ScoringParams of an unknown task = %v, want nil", ScoringParams("training"))
	}
}

// The defaults validate, encode to JSON and decode back to themselves;
// every field whose default is not zero refuses zero, which is what makes
// leaving zero fields out of the encoding lossless.
func TestScoringDefaults(t *testing.T) {
	for _, task := range allTasks {
		def := DefaultScoring(task)
		if err := def.Validate(task, nil); err != nil {
			t.Errorf("%s: defaults: %v", task, err)
		}
		data, err := json.Marshal(def)
		if err != nil {
			t.Fatal(err)
		}
		back := DefaultScoring(task)
		if err := json.Unmarshal(data, &back); err != nil || back != def {
			t.Errorf("%s: round trip of %s = %+v, %v; want %+v", task, data, back, err, def)
		}
		v := reflect.ValueOf(def)
		for i := range v.NumField() {
			name := jsonName(v.Type().Field(i))
			if !slices.Contains(ScoringParams(task), name) {
				if !v.Field(i).IsZero() {
					t.Errorf("%s: default of another task's field %s is not zero", task, name)
				}
				continue
			}
			if v.Field(i).IsZero() {
				continue
			}
			zeroed := def
			reflect.ValueOf(&zeroed).Elem().Field(i).SetZero()
			err := zeroed.Validate(task, nil)
			if err == nil || !strings.Contains(err.Error(), "scoring."+name+":") {
				t.Errorf("%s: %s = 0: Validate = %v, want an error naming scoring.%s", task, name, err, name)
			}
		}
	}
}

// A create_subnet's scoring object overrides the task's defaults key by
// key; an absent or empty object keeps them all.
func TestCreateSubnetScoringDefaults(t *testing.T) {
	base := `{"id":3,"name":"x","model_hash":"` + testModelHash + `","task":`
	tests := []struct {
		payload string
		want    Scoring
	}{
		{base + `"inference"}`, DefaultScoring(TaskInference)},
		{base + `"inference","scoring":{}}`, DefaultScoring(TaskInference)},
		{base + `"inference","scoring":{"topk":1,"latency_target_ms":1500}}`,
			Scoring{SamplePositionsPermille: 100, TopK: 1, CosinePassPermille: 900, LatencyTargetMS: 1500}},
		{base + `"fine-tune"}`, Scoring{EpsilonPermille: 5}},
		{base + `"fine-tune","scoring":{"epsilon_decay_blocks":100}}`, Scoring{EpsilonPermille: 5, EpsilonDecayBlocks: 100}},
		{base + `"preference","scoring":{"gold_rate_permille":250}}`, Scoring{LabelersPerComparison: 3, GoldRatePermille: 250}},
	}
	for _, tt := range tests {
		c, err := DecodeCreateSubnet([]byte(tt.payload))
		if err != nil {
			t.Errorf("%s: %v", tt.payload, err)
			continue
		}
		if c.Scoring != tt.want {
			t.Errorf("%s: scoring %+v, want %+v", tt.payload, c.Scoring, tt.want)
		}
	}
	// A Go value with a zero Scoring is sent without one: the decoder
	// fills in the task's defaults, as for the devnet's subnet.
	data, err := json.Marshal(CreateSubnet{ID: 1, Name: "x", Task: TaskPreference, ModelHash: testModelHash, Hyperparams: DefaultHyperparams()})
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(data, []byte("scoring")) || bytes.Contains(data, []byte("datasets")) || bytes.Contains(data, []byte("model_url")) {
		t.Errorf("payload %s carries keys the caller left empty", data)
	}
	c, err := DecodeCreateSubnet(data)
	if err != nil || c.Scoring != DefaultScoring(TaskPreference) {
		t.Errorf("decoded %+v, %v; want the preference defaults", c.Scoring, err)
	}
}

// fullSubnet is a create_subnet with every optional field set.
func fullSubnet(id uint16, topk uint8) CreateSubnet {
	sc := DefaultScoring(TaskInference)
	sc.TopK, sc.LatencyTargetMS = topk, 2500
	return CreateSubnet{
		ID: id, Name: "full", Task: TaskInference, ModelHash: testModelHash,
		ModelURL: "https://models.example.org/lm.bin",
		Datasets: []Dataset{
			{Name: "prompts", Hash: strings.Repeat("ab", 32), URL: "https://data.example.org/prompts.jsonl"},
			{Name: "gold", Hash: strings.Repeat("cd", 32)},
		},
		Scoring: sc, Hyperparams: testHyperparams(),
	}
}

// The model URL, datasets and scoring are stored, shown in SubnetView,
// covered by the state hash and carried by snapshots.
func TestSubnetDataInState(t *testing.T) {
	g := testGenesis(t)
	hashAfter := func(c CreateSubnet) (*FSM, [32]byte) {
		h := newHarness(t, g)
		h.ok(testKey(t, 10), TypeCreateSubnet, c)
		_, hash := h.f.StateHash()
		return h.f, hash
	}
	want := fullSubnet(5, 4)
	f, h4 := hashAfter(want)
	v, ok := f.Subnet(5)
	if !ok || v.ModelURL != want.ModelURL || !slices.Equal(v.Datasets, want.Datasets) || v.Scoring != want.Scoring {
		t.Fatalf("Subnet(5) = model_url %q, datasets %v, scoring %+v; want %q, %v, %+v",
			v.ModelURL, v.Datasets, v.Scoring, want.ModelURL, want.Datasets, want.Scoring)
	}
	v.Datasets[0].Name = "changed"
	if again, _ := f.Subnet(5); again.Datasets[0].Name != "prompts" {
		t.Error("SubnetView.Datasets aliases the ledger's state")
	}
	if _, h := hashAfter(want); h != h4 {
		t.Error("the same commands gave different state hashes")
	}
	other := []CreateSubnet{fullSubnet(5, 5), fullSubnet(5, 4), fullSubnet(5, 4), fullSubnet(5, 4)}
	other[1].ModelURL = "https://models.example.org/other.bin"
	other[2].Datasets[1].Hash = strings.Repeat("ef", 32)
	other[3].Datasets = nil
	for i, c := range other {
		if _, h := hashAfter(c); h == h4 {
			t.Errorf("variant %d: same state hash as the original", i)
		}
	}
	checkRestorable(t, g, f)

	// A snapshot whose scoring is out of range, or lacks one, is refused.
	data := snapshotBytes(t, f)
	for name, b := range map[string][]byte{
		"zero topk":  bytes.Replace(data, []byte(`"topk":4`), []byte(`"topk":0`), 1),
		"no scoring": bytes.Replace(data, []byte(`"scoring":{"sample_positions_permille":100,"topk":4,"cosine_pass_permille":900,"latency_target_ms":2500},`), nil, 1),
		"bad url":    bytes.Replace(data, []byte(`"https://models.example.org/lm.bin"`), []byte(`"ftp://x"`), 1),
	} {
		if bytes.Equal(b, data) {
			t.Fatalf("%s: replacement did not apply", name)
		}
		if err := NewFSM(g).Restore(io.NopCloser(bytes.NewReader(b))); err == nil {
			t.Errorf("%s: Restore accepted it", name)
		}
	}
}
