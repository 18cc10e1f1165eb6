package devnet

import (
	"strings"
	"testing"

	"github.com/agora-net/agora/miner"
)

func TestMinerSpecs(t *testing.T) {
	cfg := DefaultConfig()
	specs := cfg.minerSpecs()
	if len(specs) != 4 || specs[0].Name != "miner-0" || specs[0].Behaviour != miner.Honest || specs[3].Behaviour != miner.WrongModel {
		t.Errorf("default miners %+v, want miner-0..2 honest and miner-3 wrong-model", specs)
	}
	cfg.MinerSpecs = []MinerSpec{{Name: "a", Behaviour: miner.Random}}
	if got := cfg.minerSpecs(); len(got) != 1 || got[0].Name != "a" {
		t.Errorf("explicit miners %+v", got)
	}
}

func TestConfigValidate(t *testing.T) {
	ft := DefaultFineTuneSubnet(DefaultConfig().Subnet)
	for _, tt := range []struct {
		name string
		edit func(*Config)
		want string
	}{
		{"defaults", func(*Config) {}, ""},
		{"adversarial", func(c *Config) {
			c.FineTuneSubnet = &ft
			c.MinerSpecs = []MinerSpec{{Name: "h", Behaviour: miner.Honest}, {Name: "c", Behaviour: miner.Copier, Subnets: []uint16{2}}}
		}, ""},
		{"no miner", func(c *Config) { c.Miners, c.FaultyMiners = 0, 0 }, "at least one miner"},
		{"name twice", func(c *Config) {
			c.MinerSpecs = []MinerSpec{{Name: "a", Behaviour: miner.Honest}, {Name: "a", Behaviour: miner.Slow}}
		}, "used twice"},
		{"empty name", func(c *Config) { c.MinerSpecs = []MinerSpec{{Behaviour: miner.Honest}} }, "name must be"},
		{"unknown subnet", func(c *Config) { c.MinerSpecs = []MinerSpec{{Name: "a", Subnets: []uint16{9}}} }, "no subnet 9"},
		{"copier without fine-tune subnet", func(c *Config) {
			c.MinerSpecs = []MinerSpec{{Name: "h", Behaviour: miner.Honest}, {Name: "c", Behaviour: miner.Copier}}
		}, "no honest miner"},
		{"copier without an honest miner there", func(c *Config) {
			c.FineTuneSubnet = &ft
			c.MinerSpecs = []MinerSpec{{Name: "h", Behaviour: miner.Honest, Subnets: []uint16{1}}, {Name: "c", Behaviour: miner.Copier}}
		}, "no honest miner"},
		{"same subnet ids", func(c *Config) { f := ft; f.ID = 1; c.FineTuneSubnet = &f }, "both subnet 1"},
		{"another base model", func(c *Config) { f := ft; f.ModelSeed = 5; c.FineTuneSubnet = &f }, "same model_seed"},
		{"unknown behaviour", func(c *Config) { c.MinerSpecs = []MinerSpec{{Name: "a", Behaviour: 42}} }, "unknown behaviour"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			cfg := DefaultConfig()
			tt.edit(&cfg)
			err := cfg.Validate()
			if tt.want == "" && err != nil || tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)) {
				t.Errorf("Validate() = %v, want %q", err, tt.want)
			}
		})
	}
}

// A state written before miners had names and behaviours, and before the
// slasher key, reads as miner-<i>, honest or (faulty) wrong-model, and gets
// a slasher key.
func TestStateUpgrade(t *testing.T) {
	dir := t.TempDir()
	st, resumed, err := loadOrCreateState(dir, DefaultConfig())
	if err != nil || resumed {
		t.Fatalf("new state: %v, resumed %v", err, resumed)
	}
	delete(st.Keys, st.Slasher)
	st.Slasher = ""
	for i := range st.Miners {
		st.Miners[i].Name, st.Miners[i].Behaviour = "", ""
	}
	if err := st.save(); err != nil {
		t.Fatal(err)
	}
	back, resumed, err := loadOrCreateState(dir, DefaultConfig())
	if err != nil || !resumed {
		t.Fatalf("resume: %v, resumed %v", err, resumed)
	}
	if back.Slasher == "" || back.key(back.Slasher) == nil || back.Miners[0].Name != "miner-0" ||
		back.Miners[0].Behaviour != "honest" || back.Miners[3].Behaviour != "wrong-model" {
		t.Errorf("upgraded state: slasher %q, miners %+v", back.Slasher, back.Miners)
	}
	if back.nameOf(back.key(back.Miners[2].Key).addr()) != "miner-2" || back.behaviourOf(back.key(back.Validators[0].Key).addr()) != "" {
		t.Error("nameOf or behaviourOf is wrong")
	}
}
