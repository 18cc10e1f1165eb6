package ledger

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/agora-net/agora/subnet"
)

func TestDecodePayload(t *testing.T) {
	mh := `"model_hash":"` + testModelHash + `"`
	dh := strings.Repeat("5a", 32)
	tx := `"0x` + strings.Repeat("ab", 32) + `"`
	tests := []struct {
		typ, payload string
		wantErr      string // "" = valid; otherwise a substring of the error
	}{
		{TypeTick, `{"block":1}`, ""},
		{TypeTick, `{"block":18446744073709551615}`, ""},
		{TypeTick, `{"block":0}`, "block"},
		{TypeTick, `{}`, `missing field "block"`},
		{TypeTick, `{"block":null}`, `"block" is null`},
		{TypeTick, `{"Block":1}`, `unknown field "Block"`},
		{TypeTick, `{"block":1,"extra":2}`, `unknown field "extra"`},
		{TypeTick, `{"block":-1}`, "cannot unmarshal"},
		{TypeTick, `{"block":1.5}`, "cannot unmarshal"},
		{TypeTick, `{"block":1e3}`, "cannot unmarshal"},
		{TypeTick, `{"block":"1"}`, "cannot unmarshal"},
		{TypeTick, `{"block":18446744073709551616}`, "cannot unmarshal"},
		{TypeTick, `{"block":1} {}`, "invalid character"},
		{TypeTick, `[1]`, "cannot unmarshal array"},
		{TypeTick, `null`, "got null"},

		{TypeCreateSubnet, `{"id":1,"name":"text","task":"inference",` + mh + `}`, ""},
		{TypeCreateSubnet, `{"id":65535,"name":"x","task":"fine-tune",` + mh + `,"hyperparams":{}}`, ""},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"preference",` + mh + `,"hyperparams":{"tempo":10}}`, ""},
		{TypeCreateSubnet, `{"id":65536,"name":"x","task":"inference",` + mh + `}`, "cannot unmarshal"},
		{TypeCreateSubnet, `{"name":"x","task":"inference",` + mh + `}`, `missing field "id"`},
		{TypeCreateSubnet, `{"id":1,"name":"","task":"inference",` + mh + `}`, "name"},
		{TypeCreateSubnet, `{"id":1,"name":"` + strings.Repeat("n", 65) + `","task":"inference",` + mh + `}`, "name"},
		{TypeCreateSubnet, `{"id":1,"name":"a\nb","task":"inference",` + mh + `}`, "control character"},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"training",` + mh + `}`, "task"},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"inference","model_hash":"` + strings.ToUpper(testModelHash) + `"}`, "model_hash"},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"inference","model_hash":"` + testModelHash[1:] + `"}`, "model_hash"},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"inference","model_hash":"0x` + testModelHash[2:] + `"}`, "model_hash"},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"inference",` + mh + `,"hyperparams":{"tempo":0}}`, "tempo"},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"inference",` + mh + `,"hyperparams":{"temp":10}}`, `unknown field "temp"`},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"inference",` + mh + `,"hyperparams":{"Tempo":10}}`, `unknown field "Tempo"`},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"inference",` + mh + `,"hyperparams":null}`, "got null"},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"inference",` + mh + `,"hyperparams":{"alpha_sigmoid_steepness":40000}}`, "cannot unmarshal"},

		// model_url, datasets and scoring
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"inference",` + mh + `,"model_url":"https://models.example.org/lm.bin","datasets":[{"name":"prompts","hash":"` + dh + `","url":"http://10.0.0.1:8000/p?v=1"}],"scoring":{"topk":4,"latency_target_ms":2000}}`, ""},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"inference",` + mh + `,"model_url":"","datasets":[],"scoring":{}}`, ""},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"inference",` + mh + `,"datasets":null}`, ""},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"inference",` + mh + `,"model_url":"ftp://models.example.org/lm"}`, "model_url:"},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"inference",` + mh + `,"model_url":"models.example.org/lm"}`, "model_url:"},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"inference",` + mh + `,"model_url":"https:///lm"}`, "model_url:"},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"inference",` + mh + `,"model_url":"https://user:pw@models.example.org/lm"}`, "model_url:"},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"inference",` + mh + `,"model_url":"https://models.example.org/a b"}`, "model_url: byte 28"},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"inference",` + mh + `,"model_url":"https://example.org/` + strings.Repeat("a", MaxURLLen) + `"}`, "model_url:"},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"inference",` + mh + `,"model_url":null}`, ""}, // an optional key's null: absent
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"inference",` + mh + `,"datasets":[{"name":"p","hash":"` + strings.ToUpper(dh) + `"}]}`, "datasets[0].hash"},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"inference",` + mh + `,"datasets":[{"name":"p","hash":"` + dh[2:] + `"}]}`, "datasets[0].hash"},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"inference",` + mh + `,"datasets":[{"name":"p","hash":"` + dh + `"},{"name":"p","hash":"` + dh + `"}]}`, "datasets[1].name"},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"inference",` + mh + `,"datasets":[{"name":"","hash":"` + dh + `"}]}`, "datasets[0].name"},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"inference",` + mh + `,"datasets":[{"name":"` + strings.Repeat("n", MaxDatasetNameLen+1) + `","hash":"` + dh + `"}]}`, "datasets[0].name"},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"inference",` + mh + `,"datasets":[{"name":"p","hash":"` + dh + `","url":"file:///etc/passwd"}]}`, "datasets[0].url"},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"inference",` + mh + `,"datasets":[{"name":"p"}]}`, `missing field "hash"`},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"inference",` + mh + `,"datasets":[{"name":"p","hash":"` + dh + `","size":3}]}`, `unknown field "size"`},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"inference",` + mh + `,"datasets":[` + manyDatasets(MaxDatasets+1) + `]}`, "datasets: 17 entries"},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"inference",` + mh + `,"datasets":[` + manyDatasets(MaxDatasets) + `]}`, ""},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"inference",` + mh + `,"scoring":null}`, "got null"},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"inference",` + mh + `,"scoring":{"top_k":4}}`, `unknown field "top_k"`},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"inference",` + mh + `,"scoring":{"topk":null}}`, `"topk" is null`},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"inference",` + mh + `,"scoring":{"topk":256}}`, "cannot unmarshal"},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"inference",` + mh + `,"scoring":{"topk":0}}`, "scoring.topk: 0 not in [1, 255]"},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"inference",` + mh + `,"scoring":{"sample_positions_permille":1001}}`, "scoring.sample_positions_permille"},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"inference",` + mh + `,"scoring":{"cosine_pass_permille":0}}`, "scoring.cosine_pass_permille"},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"inference",` + mh + `,"scoring":{"latency_target_ms":600001}}`, "scoring.latency_target_ms"},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"inference",` + mh + `,"scoring":{"gold_rate_permille":5}}`, "scoring.gold_rate_permille: not a parameter of inference"},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"inference",` + mh + `,"scoring":{"gold_rate_permille":0}}`, ""}, // another task's field at zero: absent
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"fine-tune",` + mh + `,"datasets":[{"name":"eval","hash":"` + dh + `"}],"scoring":{"held_out_dataset":"eval","epsilon_permille":10,"epsilon_decay_blocks":7200}}`, ""},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"fine-tune",` + mh + `,"scoring":{"held_out_dataset":"eval"}}`, "scoring.held_out_dataset"},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"fine-tune",` + mh + `,"scoring":{"epsilon_permille":0}}`, "scoring.epsilon_permille"},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"fine-tune",` + mh + `,"scoring":{"topk":3}}`, "scoring.topk: not a parameter of fine-tune"},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"preference",` + mh + `,"scoring":{"labelers_per_comparison":5,"gold_rate_permille":1000}}`, ""},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"preference",` + mh + `,"scoring":{"labelers_per_comparison":65}}`, "scoring.labelers_per_comparison"},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"preference",` + mh + `,"scoring":{"gold_rate_permille":0}}`, "scoring.gold_rate_permille"},
		{TypeCreateSubnet, `{"id":1,"name":"x","task":"preference",` + mh + `,"scoring":{"held_out_dataset":"x"}}`, "scoring.held_out_dataset: not a parameter of preference"},

		{TypeRegister, `{"subnet":1,"role":"miner","axon":"127.0.0.1:9000"}`, ""},
		{TypeRegister, `{"subnet":1,"role":"validator"}`, ""},
		{TypeRegister, `{"subnet":1,"role":"validator","axon":""}`, ""},
		{TypeRegister, `{"subnet":1,"role":"miner","axon":"[::1]:65535"}`, ""}, // loopback: refused by the ledger unless the genesis allows
		{TypeRegister, `{"subnet":1,"role":"miner","axon":"[2001:db8::1]:80"}`, ""},
		{TypeRegister, `{"subnet":1,"role":"miner","axon":"[::ffff:10.0.0.1]:80"}`, ""},
		{TypeRegister, `{"subnet":1,"role":"miner","axon":"10.0.0.1:80","max_burn":0}`, ""},
		{TypeRegister, `{"subnet":1,"role":"miner","max_burn":18446744073709551615}`, ""},
		{TypeRegister, `{"subnet":1,"role":"miner","max_burn":null}`, ""},
		{TypeRegister, `{"subnet":1,"role":"miner","max_burn":-1}`, "cannot unmarshal"},
		{TypeRegister, `{"subnet":1,"role":"miner","axon":"miner-1.example.org:80"}`, "not an IP address"},
		{TypeRegister, `{"subnet":1,"role":"owner"}`, "role"},
		{TypeRegister, `{"role":"miner"}`, `missing field "subnet"`},
		{TypeRegister, `{"subnet":1,"role":"miner","axon":"127.0.0.1"}`, "axon"},
		{TypeRegister, `{"subnet":1,"role":"miner","axon":":9000"}`, "no host"},
		{TypeRegister, `{"subnet":1,"role":"miner","axon":"10.0.0.1:0"}`, "port"},
		{TypeRegister, `{"subnet":1,"role":"miner","axon":"10.0.0.1:65536"}`, "port"},
		{TypeRegister, `{"subnet":1,"role":"miner","axon":"10.0.0.1:080"}`, "port"},
		{TypeRegister, `{"subnet":1,"role":"miner","axon":"10.0.0.1:+80"}`, "port"},
		{TypeRegister, `{"subnet":1,"role":"miner","axon":"10.0.0.1:http"}`, "port"},
		{TypeRegister, `{"subnet":1,"role":"miner","axon":"0.0.0.0:80"}`, "zero address"},
		{TypeRegister, `{"subnet":1,"role":"miner","axon":"[::]:80"}`, "zero address"},
		{TypeRegister, `{"subnet":1,"role":"miner","axon":"[ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff]:80"}`, "all-ones"},
		{TypeRegister, `{"subnet":1,"role":"miner","axon":"[fe80::1%eth0]:80"}`, "zone"},
		{TypeRegister, `{"subnet":1,"role":"miner","axon":"a b:80"}`, "not an IP address"},
		{TypeRegister, `{"subnet":1,"role":"miner","axon":"` + strings.Repeat("h", 256) + `:1"}`, "at most"},

		{TypeSetWeights, `{"subnet":1,"uids":[0,1],"values":[1,65535],"version_key":7}`, ""},
		{TypeSetWeights, `{"subnet":1}`, ""},
		{TypeSetWeights, `{"subnet":1,"uids":null,"values":null}`, ""},
		{TypeSetWeights, `{"subnet":1,"uids":[0],"values":[65536]}`, "cannot unmarshal"},
		{TypeSetWeights, `{"subnet":1,"uids":[-1],"values":[1]}`, "cannot unmarshal"},
		{TypeSetWeights, `{"subnet":1,"uids":"AAE=","values":[1]}`, "cannot unmarshal"},
		{TypeSetWeights, `{"subnet":1,"uids":[` + strings.TrimSuffix(strings.Repeat("1,", MaxUIDs+1), ",") + `]}`, "uids"},
		{TypeSetWeights, `{"uids":[],"values":[]}`, `missing field "subnet"`},

		{TypeSettle, `{"subnet":1,"epoch":1,"tx":` + tx + `}`, ""},
		{TypeSettle, `{"subnet":1,"epoch":1,"tx":"0x` + strings.Repeat("AB", 32) + `"}`, ""},
		{TypeSettle, `{"subnet":1,"epoch":0,"tx":` + tx + `}`, "epoch"},
		{TypeSettle, `{"subnet":1,"epoch":1,"tx":"` + strings.Repeat("ab", 32) + `"}`, "tx"},
		{TypeSettle, `{"subnet":1,"epoch":1,"tx":"0x` + strings.Repeat("ab", 31) + `"}`, "tx"},
		{TypeSettle, `{"subnet":1,"epoch":1,"tx":"0X` + strings.Repeat("ab", 32) + `"}`, "tx"},
		{TypeSettle, `{"subnet":1,"epoch":1,"tx":"0x` + strings.Repeat("zz", 32) + `"}`, "tx"},
		{TypeSettle, `{"subnet":1,"epoch":1}`, `missing field "tx"`},

		{TypeSetHyperparams, `{"subnet":1,"hyperparams":{"kappa":1}}`, ""},
		{TypeSetHyperparams, `{"subnet":1,"hyperparams":{"burn_increase_mult":"1.5","commit_reveal_enabled":false}}`, ""},
		{TypeSetHyperparams, `{"subnet":1,"hyperparams":{"reveal_period_epochs":0}}`, ""}, // ranges: checked on the merged result
		{TypeSetHyperparams, `{"subnet":1,"hyperparams":{}}`, "no field given"},
		{TypeSetHyperparams, `{"subnet":1}`, `missing field "hyperparams"`},
		{TypeSetHyperparams, `{"subnet":1,"hyperparams":null}`, `"hyperparams" is null`},
		{TypeSetHyperparams, `{"subnet":1,"hyperparams":{"kappa":null}}`, `"kappa" is null`},
		{TypeSetHyperparams, `{"subnet":1,"hyperparams":{"Kappa":1}}`, `unknown field "Kappa"`},
		{TypeSetHyperparams, `{"subnet":1,"hyperparams":{"kappa":65536}}`, "cannot unmarshal"},
		{TypeSetHyperparams, `{"subnet":1,"hyperparams":{"burn_increase_mult":1.5}}`, "decimal string"},
		{TypeSetHyperparams, `{"subnet":1,"hyperparams":{"burn_increase_mult":"01.5"}}`, "not a decimal"},

		{TypeServeAxon, `{"subnet":1,"ip":"203.0.113.7","port":8091,"ip_type":4,"protocol":4}`, ""},
		{TypeServeAxon, `{"subnet":1,"ip":"2001:db8::7","port":1,"ip_type":6}`, ""},
		{TypeServeAxon, `{"subnet":1,"ip":"::ffff:10.0.0.1","port":1,"ip_type":6}`, ""},
		{TypeServeAxon, `{"subnet":1,"ip":"127.0.0.1","port":1,"ip_type":4}`, ""}, // loopback: the ledger's rule
		{TypeServeAxon, `{"subnet":1,"ip":"203.0.113.7","port":8091,"ip_type":5}`, "ip_type"},
		{TypeServeAxon, `{"subnet":1,"ip":"203.0.113.7","port":8091,"ip_type":6}`, "not an IPv6"},
		{TypeServeAxon, `{"subnet":1,"ip":"2001:db8::7","port":8091,"ip_type":4}`, "not an IPv4"},
		{TypeServeAxon, `{"subnet":1,"ip":"::ffff:10.0.0.1","port":8091,"ip_type":4}`, "not an IPv4"},
		{TypeServeAxon, `{"subnet":1,"ip":"0.0.0.0","port":8091,"ip_type":4}`, "zero address"},
		{TypeServeAxon, `{"subnet":1,"ip":"::","port":8091,"ip_type":6}`, "zero address"},
		{TypeServeAxon, `{"subnet":1,"ip":"ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff","port":8091,"ip_type":6}`, "all-ones"},
		{TypeServeAxon, `{"subnet":1,"ip":"host.example","port":8091,"ip_type":4}`, "not an IP"},
		{TypeServeAxon, `{"subnet":1,"ip":"4294967296","port":8091,"ip_type":4}`, "not an IP"},
		{TypeServeAxon, `{"subnet":1,"ip":"203.0.113.7","port":0,"ip_type":4}`, "port"},
		{TypeServeAxon, `{"subnet":1,"ip":"203.0.113.7","port":65536,"ip_type":4}`, "cannot unmarshal"},
		{TypeServeAxon, `{"subnet":1,"ip":"203.0.113.7","ip_type":4}`, `missing field "port"`},
		{TypeServeAxon, `{"subnet":1,"ip":"203.0.113.7","port":1,"ip_type":4,"protocol":256}`, "cannot unmarshal"},

		{TypeStakeSnapshot, `{"block":3,"stakes":[{"hotkey":"0x` + strings.Repeat("11", 20) + `","amount":5}]}`, ""},
		{TypeStakeSnapshot, `{"block":0,"stakes":[{"hotkey":"0x` + strings.Repeat("11", 20) + `","amount":0},{"hotkey":"0x` + strings.Repeat("22", 20) + `","amount":9223372036854775807}]}`, ""},
		{TypeStakeSnapshot, `{"block":3,"stakes":[]}`, "stakes: 0 entries"},
		{TypeStakeSnapshot, `{"block":3}`, `missing field "stakes"`},
		{TypeStakeSnapshot, `{"stakes":[{"hotkey":"0x` + strings.Repeat("11", 20) + `","amount":5}]}`, `missing field "block"`},
		{TypeStakeSnapshot, `{"block":3,"stakes":[{"hotkey":"0x` + strings.Repeat("11", 20) + `"}]}`, `missing field "amount"`},
		{TypeStakeSnapshot, `{"block":3,"stakes":[{"hotkey":"0x` + strings.Repeat("11", 20) + `","amount":1,"x":1}]}`, `unknown field "x"`},
		{TypeStakeSnapshot, `{"block":3,"stakes":[{"Hotkey":"0x` + strings.Repeat("11", 20) + `","amount":1}]}`, `unknown field "Hotkey"`},
		{TypeStakeSnapshot, `{"block":3,"stakes":[{"hotkey":"` + strings.Repeat("11", 20) + `","amount":1}]}`, "cannot unmarshal"},
		{TypeStakeSnapshot, `{"block":3,"stakes":[{"hotkey":"0x` + strings.Repeat("00", 20) + `","amount":1}]}`, "stakes[0].hotkey: zero"},
		{TypeStakeSnapshot, `{"block":3,"stakes":[{"hotkey":"0x` + strings.Repeat("11", 20) + `","amount":1},{"hotkey":"0x` + strings.Repeat("11", 20) + `","amount":2}]}`, "stakes[1].hotkey"},
		{TypeStakeSnapshot, `{"block":3,"stakes":[{"hotkey":"0x` + strings.Repeat("11", 20) + `","amount":9223372036854775807},{"hotkey":"0x` + strings.Repeat("22", 20) + `","amount":1}]}`, "stakes[1].amount"},
		{TypeStakeSnapshot, `{"block":3,"stakes":[{"hotkey":"0x` + strings.Repeat("11", 20) + `","amount":18446744073709551616}]}`, "cannot unmarshal"},

		{TypeCommitWeights, `{"subnet":1,"hash":"0x` + strings.Repeat("ab", 32) + `"}`, ""},
		{TypeCommitWeights, `{"subnet":1,"hash":"0x` + strings.Repeat("AB", 32) + `"}`, ""},
		{TypeCommitWeights, `{"subnet":1,"hash":"` + strings.Repeat("ab", 32) + `"}`, "cannot unmarshal"},
		{TypeCommitWeights, `{"subnet":1,"hash":"0x` + strings.Repeat("ab", 31) + `"}`, "want 64"},
		{TypeCommitWeights, `{"subnet":1}`, `missing field "hash"`},

		{TypeRevealWeights, `{"subnet":1,"uids":[1,2],"values":[3,4],"salt":"0x` + strings.Repeat("ab", 16) + `","version_key":9}`, ""},
		{TypeRevealWeights, `{"subnet":1,"salt":"0x` + strings.Repeat("ab", 64) + `"}`, ""},
		{TypeRevealWeights, `{"subnet":1,"salt":"0x` + strings.Repeat("ab", 15) + `"}`, "salt: 15 bytes"},
		{TypeRevealWeights, `{"subnet":1,"salt":"0x` + strings.Repeat("ab", 65) + `"}`, "salt: 65 bytes"},
		{TypeRevealWeights, `{"subnet":1,"salt":"` + strings.Repeat("ab", 16) + `"}`, "cannot unmarshal"},
		{TypeRevealWeights, `{"subnet":1,"salt":"0x` + strings.Repeat("a", 33) + `"}`, "cannot unmarshal"},
		{TypeRevealWeights, `{"subnet":1,"uids":[1]}`, `missing field "salt"`},
		{TypeRevealWeights, `{"subnet":1,"values":[` + strings.TrimSuffix(strings.Repeat("1,", MaxUIDs+1), ",") + `],"salt":"0x` + strings.Repeat("ab", 16) + `"}`, "values"},

		{"mint", `{}`, "unknown command type"},
	}
	for _, tt := range tests {
		t.Run(tt.typ+" "+truncate(tt.payload, 60), func(t *testing.T) {
			v, err := DecodePayload(tt.typ, []byte(tt.payload))
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("DecodePayload = %v, want nil", err)
				}
				if v == nil {
					t.Fatal("DecodePayload returned nil value")
				}
				return
			}
			if err == nil {
				t.Fatalf("DecodePayload = %+v, want an error containing %q", v, tt.wantErr)
			}
			if !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("DecodePayload = %v, want an error containing %q", err, tt.wantErr)
			}
			if !errors.Is(err, ErrInvalidPayload) && !errors.Is(err, ErrUnknownType) {
				t.Errorf("DecodePayload = %v, want ErrInvalidPayload", err)
			}
		})
	}
}

// manyDatasets returns n dataset objects d0, d1, … separated by commas.
func manyDatasets(n int) string {
	parts := make([]string, n)
	for i := range parts {
		parts[i] = fmt.Sprintf(`{"name":"d%d","hash":"%s"}`, i, strings.Repeat("5a", 32))
	}
	return strings.Join(parts, ",")
}

// Absent hyperparameters keep their defaults; present ones override.
func TestCreateSubnetHyperparamDefaults(t *testing.T) {
	c, err := DecodeCreateSubnet([]byte(`{"id":3,"name":"x","task":"inference","model_hash":"` + testModelHash +
		`","hyperparams":{"tempo":10,"yuma3":false,"owner_cut":0}}`))
	if err != nil {
		t.Fatal(err)
	}
	want := DefaultHyperparams()
	want.Tempo, want.Yuma3, want.OwnerCut = 10, false, 0
	if !want.CommitRevealEnabled || want.RevealPeriodEpochs != 1 || want.ServingRateLimit != 50 || want.Burn != subnet.TAO ||
		want.OwnerHyperparamRateLimit != 2 || want.AdminFreezeWindow != 10 {
		t.Fatalf("defaults %+v, want commit-reveal on, reveal period 1, serving limit 50, burn 1 token, rate limit 2 tempos, freeze 10", want)
	}
	if c.Hyperparams != want {
		t.Fatalf("hyperparams = %+v, want %+v", c.Hyperparams, want)
	}
	c, err = DecodeCreateSubnet([]byte(`{"id":3,"name":"x","task":"inference","model_hash":"` + testModelHash + `"}`))
	if err != nil {
		t.Fatal(err)
	}
	if c.Hyperparams != DefaultHyperparams() {
		t.Fatalf("hyperparams = %+v, want the defaults", c.Hyperparams)
	}
	// A full Hyperparams value round-trips through JSON.
	hp := testHyperparams()
	hp.LiquidAlpha, hp.AlphaSigmoidSteepness = true, 7
	data, err := json.Marshal(hp)
	if err != nil {
		t.Fatal(err)
	}
	var back Hyperparams
	if err := json.Unmarshal(data, &back); err != nil || back != hp {
		t.Fatalf("round trip = %+v, %v; want %+v", back, err, hp)
	}
}

func TestHyperparamsValidate(t *testing.T) {
	if err := DefaultHyperparams().Validate(); err != nil {
		t.Fatalf("defaults: %v", err)
	}
	tests := []struct {
		field  string
		modify func(*Hyperparams)
	}{
		{"tempo", func(h *Hyperparams) { h.Tempo = 0 }},
		{"tempo", func(h *Hyperparams) { h.Tempo = MaxTempo + 1 }},
		{"bonds_moving_average", func(h *Hyperparams) { h.BondsMovingAverage = 1_000_001 }},
		{"max_allowed_uids", func(h *Hyperparams) { h.MaxAllowedUIDs = 0 }},
		{"max_allowed_uids", func(h *Hyperparams) { h.MaxAllowedUIDs = MaxUIDs + 1 }},
		{"max_allowed_validators", func(h *Hyperparams) { h.MaxAllowedValidators = 0 }},
		{"activity_cutoff_factor_milli", func(h *Hyperparams) { h.ActivityCutoffFactorMilli = 999 }},
		{"activity_cutoff_factor_milli", func(h *Hyperparams) { h.ActivityCutoffFactorMilli = 50_001 }},
		{"min_allowed_weights", func(h *Hyperparams) { h.MinAllowedWeights = MaxUIDs + 1 }},
		{"alpha_low", func(h *Hyperparams) { h.AlphaLow = MinAlphaLow - 1 }},
		{"alpha_low", func(h *Hyperparams) { h.AlphaLow, h.AlphaHigh = 50_000, 49_999 }},
		{"alpha_sigmoid_steepness", func(h *Hyperparams) { h.AlphaSigmoidSteepness = -1 }},
		{"emission_per_block", func(h *Hyperparams) { h.Tempo, h.EmissionPerBlock = 2, 1<<63 }},
		{"reveal_period_epochs", func(h *Hyperparams) { h.RevealPeriodEpochs = 0 }},
		{"reveal_period_epochs", func(h *Hyperparams) { h.RevealPeriodEpochs = MaxRevealPeriodEpochs + 1 }},
		{"min_burn", func(h *Hyperparams) { h.MinBurn, h.MaxBurn = 2, 1 }},
		{"burn_increase_mult", func(h *Hyperparams) { h.BurnIncreaseMult = Factor{Frac: 1<<64 - 1} }},
	}
	for _, tt := range tests {
		h := DefaultHyperparams()
		tt.modify(&h)
		err := h.Validate()
		if !errors.Is(err, ErrInvalidHyperparams) || !strings.Contains(err.Error(), tt.field+":") {
			t.Errorf("%s: Validate = %v, want ErrInvalidHyperparams naming %s", tt.field, err, tt.field)
		}
	}
	edge := DefaultHyperparams()
	edge.Tempo, edge.EmissionPerBlock = 2, 1<<63-1
	edge.BondsMovingAverage, edge.MaxAllowedUIDs, edge.AlphaLow, edge.AlphaHigh = 1_000_000, MaxUIDs, MinAlphaLow, MinAlphaLow
	edge.RevealPeriodEpochs, edge.MinBurn, edge.MaxBurn, edge.Burn, edge.BurnIncreaseMult = MaxRevealPeriodEpochs, 7, 7, 0, Factor{Int: 1}
	if err := edge.Validate(); err != nil {
		t.Errorf("edge values: %v", err)
	}
}

func TestOwnerCut(t *testing.T) {
	tests := []struct {
		e    uint64
		cut  uint16
		want uint64
	}{
		{10_000_000_000, 11_796, 1_799_954_222}, // floor(1e10·11796/65535)
		{10_000_000_000, 0, 0},
		{10_000_000_000, 65_535, 10_000_000_000},
		{1<<64 - 1, 65_535, 1<<64 - 1},
		{1<<64 - 1, 32_768, 9_223_512_776_490_647_552}, // floor((2^64−1)·32768/65535)
		{0, 65_535, 0},
	}
	for _, tt := range tests {
		if got := OwnerCut(tt.e, tt.cut); got != tt.want {
			t.Errorf("OwnerCut(%d, %d) = %d, want %d", tt.e, tt.cut, got, tt.want)
		}
	}
}

// FuzzDecodePayload: the decoders never panic, and what they accept
// re-encodes to a payload they accept again with the same value.
func FuzzDecodePayload(f *testing.F) {
	f.Add(uint8(0), []byte(`{"block":1}`))
	f.Add(uint8(1), []byte(`{"id":1,"name":"x","task":"inference","model_hash":"`+testModelHash+`","hyperparams":{"tempo":10}}`))
	f.Add(uint8(1), []byte(`{"id":1,"name":"x","task":"fine-tune","model_hash":"`+testModelHash+`","model_url":"https://m.example/x",`+
		`"datasets":[{"name":"eval","hash":"`+testModelHash+`","url":"http://d.example/e"}],"scoring":{"held_out_dataset":"eval","epsilon_decay_blocks":9}}`))
	f.Add(uint8(2), []byte(`{"subnet":1,"role":"miner","axon":"127.0.0.1:9000"}`))
	f.Add(uint8(3), []byte(`{"subnet":1,"uids":[0,1],"values":[1,2]}`))
	f.Add(uint8(4), []byte(`{"subnet":1,"epoch":1,"tx":"0x`+strings.Repeat("ab", 32)+`"}`))
	f.Add(uint8(5), []byte(`{"subnet":1,"hyperparams":{"kappa":1,"burn_increase_mult":"1.5"}}`))
	f.Add(uint8(6), []byte(`{"subnet":1,"ip":"2001:db8::7","port":1,"ip_type":6,"protocol":2}`))
	f.Add(uint8(7), []byte(`{"block":3,"stakes":[{"hotkey":"0x`+strings.Repeat("11", 20)+`","amount":5}]}`))
	f.Add(uint8(8), []byte(`{"subnet":1,"hash":"0x`+strings.Repeat("ab", 32)+`"}`))
	f.Add(uint8(9), []byte(`{"subnet":1,"uids":[1,2],"values":[3,4],"salt":"0x`+strings.Repeat("ab", 16)+`","version_key":9}`))
	types := allTypes()
	f.Fuzz(func(t *testing.T, kind uint8, payload []byte) {
		typ := types[int(kind)%len(types)]
		v, err := DecodePayload(typ, payload)
		if err != nil {
			return
		}
		data, err := json.Marshal(v)
		if err != nil {
			t.Fatalf("re-encoding %+v: %v", v, err)
		}
		again, err := DecodePayload(typ, data)
		if err != nil {
			t.Fatalf("re-encoded payload %s rejected: %v", data, err)
		}
		a, _ := json.Marshal(again)
		if string(a) != string(data) {
			t.Fatalf("decode(encode(v)) = %s, want %s", a, data)
		}
	})
}
