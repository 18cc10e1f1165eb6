package ledger

import (
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"reflect"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agora-net/agora/subnet"
)

// Hyperparameter limits and defaults that subnet does not define.
const (
	// MaxRevealPeriodEpochs is the largest reveal_period_epochs.
	MaxRevealPeriodEpochs = 100
	// DefaultServingRateLimit is serving_rate_limit, in blocks.
	DefaultServingRateLimit uint64 = 50
	// DefaultOwnerHyperparamRateLimit is owner_hyperparam_rate_limit, in
	// tempos.
	DefaultOwnerHyperparamRateLimit uint16 = 2
	// DefaultAdminFreezeWindow is admin_freeze_window, in blocks.
	DefaultAdminFreezeWindow uint16 = 10
)

// Hyperparams are a subnet's parameters (YUMA.md §3). JSON keys are the
// snake_case field names below. Decoding JSON into a Hyperparams overwrites
// only the keys present and rejects unknown keys.
//
// Who may change each one with set_hyperparams is listed by
// OwnerSettable: the subnet owner the fields subtensor's admin-utils lets
// owners set (YUMA.md §8.7), a genesis validator ("root") every field.
type Hyperparams struct {
	// Tempo is the epoch period in blocks, 1..MaxTempo. Root only.
	Tempo uint16 `json:"tempo"`
	// Kappa is the consensus majority ratio as a u16 proportion. Root
	// only.
	Kappa uint16 `json:"kappa"`
	// BondsPenalty β as a u16 proportion.
	BondsPenalty uint16 `json:"bonds_penalty"`
	// BondsMovingAverage is the bond EMA retention in millionths, ≤ 1e6.
	BondsMovingAverage uint64 `json:"bonds_moving_average"`
	// MaxAllowedValidators is k in the top-k validator permits, 1..MaxUIDs.
	// Root only.
	MaxAllowedValidators uint16 `json:"max_allowed_validators"`
	// MaxAllowedUIDs is the number of uid slots, 1..MaxUIDs; set_hyperparams
	// may not lower it below the number of registered uids (trimming is
	// not implemented).
	MaxAllowedUIDs uint16 `json:"max_allowed_uids"`
	// ActivityCutoffFactorMilli is the activity window in thousandths of
	// a tempo, 1000..50000.
	ActivityCutoffFactorMilli uint32 `json:"activity_cutoff_factor_milli"`
	// ImmunityPeriod is how many blocks a new uid is immune from pruning.
	ImmunityPeriod uint16 `json:"immunity_period"`
	// MinAllowedWeights is the shortest weights vector (capped at n),
	// ≤ MaxUIDs.
	MinAllowedWeights uint16 `json:"min_allowed_weights"`
	// WeightsRateLimit is the number of blocks between weight sets or
	// commits. Root only.
	WeightsRateLimit uint64 `json:"weights_rate_limit"`
	// WeightsVersionKey is the lowest accepted version key (0: any).
	WeightsVersionKey uint64 `json:"weights_version_key"`
	// Yuma3 selects the Yuma3 bonds and dividends.
	Yuma3 bool `json:"yuma3"`
	// LiquidAlpha enables liquid alpha (Yuma3 only).
	LiquidAlpha bool `json:"liquid_alpha"`
	// AlphaLow and AlphaHigh bound liquid alpha as u16 proportions,
	// MinAlphaLow ≤ low ≤ high.
	AlphaLow  uint16 `json:"alpha_low"`
	AlphaHigh uint16 `json:"alpha_high"`
	// AlphaSigmoidSteepness shapes the liquid-alpha sigmoid, ≥ 0.
	AlphaSigmoidSteepness int16 `json:"alpha_sigmoid_steepness"`
	// StakeThreshold is the least stake counted in the epoch and needed to
	// set weights, in base units. Root only.
	StakeThreshold uint64 `json:"stake_threshold"`
	// OwnerCut is the owner's share of each epoch's emission as a u16
	// proportion (11796 ≈ 18%). Root only.
	OwnerCut uint16 `json:"owner_cut"`
	// EmissionPerBlock is the subnet's emission per block in base units;
	// an epoch emits Tempo × EmissionPerBlock, which must fit in a u64.
	// Root only.
	EmissionPerBlock uint64 `json:"emission_per_block"`

	// CommitRevealEnabled makes validators commit weight hashes and reveal
	// them reveal_period_epochs epochs later (commit_weights,
	// reveal_weights) instead of calling set_weights, which is refused,
	// and turns on the epoch's anti-sniping mask (YUMA.md §4.6, §8.4).
	CommitRevealEnabled bool `json:"commit_reveal_enabled"`
	// RevealPeriodEpochs is how many epochs after its commit epoch a
	// commit is revealed, 1..MaxRevealPeriodEpochs.
	RevealPeriodEpochs uint16 `json:"reveal_period_epochs"`
	// ServingRateLimit is the least number of blocks between two axon
	// updates (serve_axon, or register with an axon) of a uid.
	ServingRateLimit uint64 `json:"serving_rate_limit"`
	// OwnerHyperparamRateLimit is how many tempos must pass between two
	// set_hyperparams of the owner. Root only.
	OwnerHyperparamRateLimit uint16 `json:"owner_hyperparam_rate_limit"`
	// AdminFreezeWindow is how many blocks before each epoch the owner may
	// not change hyperparameters. Root only.
	AdminFreezeWindow uint16 `json:"admin_freeze_window"`
	// Burn is the registration price a new subnet starts at, in base
	// units; a root set_hyperparams that gives it also sets the current
	// price. Root only.
	Burn uint64 `json:"burn"`
	// MinBurn and MaxBurn bound the registration price, MinBurn ≤ MaxBurn.
	MinBurn uint64 `json:"min_burn"`
	MaxBurn uint64 `json:"max_burn"`
	// BurnHalfLife is the number of blocks in which the price halves when
	// nobody registers (0: no decay).
	BurnHalfLife uint16 `json:"burn_half_life"`
	// BurnIncreaseMult multiplies the price at each registration, ≥ 1.
	BurnIncreaseMult Factor `json:"burn_increase_mult"`
}

// DefaultHyperparams returns the parameters of a new subtensor subnet
// (YUMA.md §3, the init_new_network values where they differ from the
// pallet defaults): tempo 360, kappa 32767, bonds penalty 65535, bonds
// moving average 900000, 64 validators, 256 uids, activity cutoff factor
// 13889, immunity 5000, min weights 1, rate limit 100, version key 0, Yuma3
// on, liquid alpha off with bounds (45875, 58982) and steepness 1000, stake
// threshold 0, owner cut 11796 (≈ 18%), 1 token (10^9 base units) per
// block; commit-reveal on with a reveal period of 1 epoch, serving rate
// limit 50 blocks, owner hyperparameter rate limit 2 tempos, admin freeze
// window 10 blocks; registration price 1 token within [0.0005, 100] tokens,
// half-life 360 blocks, increase ×1.26 (U64F64::from_num(1.26)).
func DefaultHyperparams() Hyperparams {
	return Hyperparams{
		Tempo:                     subnet.DefaultTempo,
		Kappa:                     32_767,
		BondsPenalty:              65_535,
		BondsMovingAverage:        900_000,
		MaxAllowedValidators:      64,
		MaxAllowedUIDs:            256,
		ActivityCutoffFactorMilli: subnet.DefaultActivityCutoffFactorMilli,
		ImmunityPeriod:            subnet.DefaultImmunityPeriod,
		MinAllowedWeights:         subnet.DefaultMinAllowedWeights,
		WeightsRateLimit:          subnet.DefaultWeightsSetRateLimit,
		WeightsVersionKey:         subnet.DefaultWeightsVersionKey,
		Yuma3:                     true,
		LiquidAlpha:               false,
		AlphaLow:                  45_875,
		AlphaHigh:                 58_982,
		AlphaSigmoidSteepness:     1000,
		StakeThreshold:            subnet.DefaultStakeThreshold,
		OwnerCut:                  11_796,
		EmissionPerBlock:          subnet.TAO,
		CommitRevealEnabled:       true,
		RevealPeriodEpochs:        1,
		ServingRateLimit:          DefaultServingRateLimit,
		OwnerHyperparamRateLimit:  DefaultOwnerHyperparamRateLimit,
		AdminFreezeWindow:         DefaultAdminFreezeWindow,
		Burn:                      subnet.DefaultBurn,
		MinBurn:                   subnet.DefaultMinBurn,
		MaxBurn:                   subnet.DefaultMaxBurn,
		BurnHalfLife:              subnet.DefaultBurnHalfLife,
		BurnIncreaseMult:          Factor(subnet.DefaultBurnIncreaseMult()),
	}
}

// Validate checks every range documented on the fields and returns the
// first violation, wrapping ErrInvalidHyperparams and naming the field.
func (h Hyperparams) Validate() error {
	bad := func(field, format string, args ...any) error {
		return fmt.Errorf("%w: %s: %s", ErrInvalidHyperparams, field, fmt.Sprintf(format, args...))
	}
	switch {
	case h.Tempo < 1 || h.Tempo > MaxTempo:
		return bad("tempo", "%d not in [1, %d]", h.Tempo, MaxTempo)
	case h.BondsMovingAverage > 1_000_000:
		return bad("bonds_moving_average", "%d above 1000000", h.BondsMovingAverage)
	case h.MaxAllowedUIDs < 1 || h.MaxAllowedUIDs > MaxUIDs:
		return bad("max_allowed_uids", "%d not in [1, %d]", h.MaxAllowedUIDs, MaxUIDs)
	case h.MaxAllowedValidators < 1 || h.MaxAllowedValidators > MaxUIDs:
		return bad("max_allowed_validators", "%d not in [1, %d]", h.MaxAllowedValidators, MaxUIDs)
	case h.ActivityCutoffFactorMilli < 1000 || h.ActivityCutoffFactorMilli > 50_000:
		return bad("activity_cutoff_factor_milli", "%d not in [1000, 50000]", h.ActivityCutoffFactorMilli)
	case h.MinAllowedWeights > MaxUIDs:
		return bad("min_allowed_weights", "%d above %d", h.MinAllowedWeights, MaxUIDs)
	case h.AlphaLow < MinAlphaLow:
		return bad("alpha_low", "%d below %d", h.AlphaLow, MinAlphaLow)
	case h.AlphaLow > h.AlphaHigh:
		return bad("alpha_low", "%d above alpha_high %d", h.AlphaLow, h.AlphaHigh)
	case h.AlphaSigmoidSteepness < 0:
		return bad("alpha_sigmoid_steepness", "%d is negative", h.AlphaSigmoidSteepness)
	case h.EmissionPerBlock > math.MaxUint64/uint64(h.Tempo):
		return bad("emission_per_block", "%d × tempo %d overflows a u64", h.EmissionPerBlock, h.Tempo)
	case h.RevealPeriodEpochs < 1 || h.RevealPeriodEpochs > MaxRevealPeriodEpochs:
		return bad("reveal_period_epochs", "%d not in [1, %d]", h.RevealPeriodEpochs, MaxRevealPeriodEpochs)
	case h.MinBurn > h.MaxBurn:
		return bad("min_burn", "%d above max_burn %d", h.MinBurn, h.MaxBurn)
	case h.BurnIncreaseMult.Int < 1:
		return bad("burn_increase_mult", "%s below 1", h.BurnIncreaseMult)
	}
	return nil
}

// EpochEmission returns Tempo × EmissionPerBlock, the amount one epoch
// emits (Validate guarantees it fits).
func (h Hyperparams) EpochEmission() uint64 {
	return uint64(h.Tempo) * h.EmissionPerBlock
}

// UnmarshalJSON decodes a JSON object onto h: keys present overwrite their
// field, absent keys keep the current value, unknown keys, null and
// out-of-range numbers are errors. It does not call Validate.
func (h *Hyperparams) UnmarshalJSON(data []byte) error { return unmarshalStrict(data, h) }

func (*Hyperparams) strictKeys() ([]string, bool) { return nil, false }

// OwnerSettable reports whether the subnet owner may change the
// hyperparameter with JSON key name; a genesis validator ("root") may
// change every one. The split follows subtensor's admin-utils (YUMA.md
// §8.7): the owner sets bonds_penalty, bonds_moving_average,
// max_allowed_uids, activity_cutoff_factor_milli, immunity_period,
// min_allowed_weights, weights_version_key, yuma3, liquid_alpha,
// alpha_low, alpha_high, alpha_sigmoid_steepness, commit_reveal_enabled,
// reveal_period_epochs, serving_rate_limit, min_burn, max_burn,
// burn_half_life and burn_increase_mult. Root only, as there: tempo (sudo),
// kappa, max_allowed_validators, weights_rate_limit, stake_threshold,
// owner_cut (subnet_owner_cut), burn (sudo_set_burn),
// owner_hyperparam_rate_limit and admin_freeze_window; and
// emission_per_block, the subnet's minting rate, which subtensor derives
// from the network and nobody sets per subnet.
func OwnerSettable(name string) bool {
	switch name {
	case "bonds_penalty", "bonds_moving_average", "max_allowed_uids", "activity_cutoff_factor_milli",
		"immunity_period", "min_allowed_weights", "weights_version_key", "yuma3", "liquid_alpha",
		"alpha_low", "alpha_high", "alpha_sigmoid_steepness", "commit_reveal_enabled",
		"reveal_period_epochs", "serving_rate_limit", "min_burn", "max_burn", "burn_half_life",
		"burn_increase_mult":
		return true
	}
	return false
}

// HyperparamsPatch is a partial Hyperparams: each non-nil field replaces
// the subnet's value. Its JSON form is an object with some of the keys of
// Hyperparams; unknown keys and null values are errors.
type HyperparamsPatch struct {
	Tempo                     *uint16 `json:"tempo,omitempty"`
	Kappa                     *uint16 `json:"kappa,omitempty"`
	BondsPenalty              *uint16 `json:"bonds_penalty,omitempty"`
	BondsMovingAverage        *uint64 `json:"bonds_moving_average,omitempty"`
	MaxAllowedValidators      *uint16 `json:"max_allowed_validators,omitempty"`
	MaxAllowedUIDs            *uint16 `json:"max_allowed_uids,omitempty"`
	ActivityCutoffFactorMilli *uint32 `json:"activity_cutoff_factor_milli,omitempty"`
	ImmunityPeriod            *uint16 `json:"immunity_period,omitempty"`
	MinAllowedWeights         *uint16 `json:"min_allowed_weights,omitempty"`
	WeightsRateLimit          *uint64 `json:"weights_rate_limit,omitempty"`
	WeightsVersionKey         *uint64 `json:"weights_version_key,omitempty"`
	Yuma3                     *bool   `json:"yuma3,omitempty"`
	LiquidAlpha               *bool   `json:"liquid_alpha,omitempty"`
	AlphaLow                  *uint16 `json:"alpha_low,omitempty"`
	AlphaHigh                 *uint16 `json:"alpha_high,omitempty"`
	AlphaSigmoidSteepness     *int16  `json:"alpha_sigmoid_steepness,omitempty"`
	StakeThreshold            *uint64 `json:"stake_threshold,omitempty"`
	OwnerCut                  *uint16 `json:"owner_cut,omitempty"`
	EmissionPerBlock          *uint64 `json:"emission_per_block,omitempty"`
	CommitRevealEnabled       *bool   `json:"commit_reveal_enabled,omitempty"`
	RevealPeriodEpochs        *uint16 `json:"reveal_period_epochs,omitempty"`
	ServingRateLimit          *uint64 `json:"serving_rate_limit,omitempty"`
	OwnerHyperparamRateLimit  *uint16 `json:"owner_hyperparam_rate_limit,omitempty"`
	AdminFreezeWindow         *uint16 `json:"admin_freeze_window,omitempty"`
	Burn                      *uint64 `json:"burn,omitempty"`
	MinBurn                   *uint64 `json:"min_burn,omitempty"`
	MaxBurn                   *uint64 `json:"max_burn,omitempty"`
	BurnHalfLife              *uint16 `json:"burn_half_life,omitempty"`
	BurnIncreaseMult          *Factor `json:"burn_increase_mult,omitempty"`
}

// UnmarshalJSON decodes a JSON object onto p strictly: known keys only,
// none null.
func (p *HyperparamsPatch) UnmarshalJSON(data []byte) error { return unmarshalStrict(data, p) }

func (*HyperparamsPatch) strictKeys() ([]string, bool) { return nil, true } // present keys may not be null

// Fields returns the JSON keys of the fields p sets, in the order of
// Hyperparams.
func (p HyperparamsPatch) Fields() []string {
	v := reflect.ValueOf(p)
	var out []string
	for i := range v.NumField() {
		if !v.Field(i).IsNil() {
			out = append(out, jsonName(v.Type().Field(i)))
		}
	}
	return out
}

// Apply returns h with the fields p sets replaced. It does not validate.
func (p HyperparamsPatch) Apply(h Hyperparams) Hyperparams {
	pv := reflect.ValueOf(p)
	hv := reflect.ValueOf(&h).Elem()
	for i := range pv.NumField() {
		if f := pv.Field(i); !f.IsNil() {
			hv.FieldByName(pv.Type().Field(i).Name).Set(f.Elem())
		}
	}
	return h
}

// Factor is an unsigned fixed-point number with 64 integer and 64 fraction
// bits (subnet.U64F64: Int + Frac/2^64). Its JSON form is a string holding
// the number in decimal: an integer without leading zeros, optionally
// followed by a point and 1..64 fraction digits, e.g. "1.26" or "2".
// Decoding rounds down to a multiple of 2^-64 (so "1.26" is
// 1.25999999999999999998…); encoding writes the exact value, without
// trailing zeros, so that it decodes to the same Factor. The default
// burn_increase_mult, subtensor's U64F64::from_num(1.26), is
// "1.2600000000000000088817841970012523233890533447265625".
type Factor subnet.U64F64

// MaxFactorDigits is the most fraction digits a Factor's JSON form may
// have; 64 suffice for any exact value.
const MaxFactorDigits = 64

// String returns the exact decimal value.
func (f Factor) String() string {
	s := strconv.FormatUint(f.Int, 10)
	if f.Frac == 0 {
		return s
	}
	// Frac / 2^64 = Frac · 5^64 / 10^64: the 64 digits of Frac · 5^64.
	d := new(big.Int).Mul(new(big.Int).SetUint64(f.Frac), new(big.Int).Exp(big.NewInt(5), big.NewInt(64), nil)).String()
	d = strings.Repeat("0", MaxFactorDigits-len(d)) + d
	return s + "." + strings.TrimRight(d, "0")
}

// ParseFactor parses the decimal form Factor.String writes (see Factor),
// rounding the fraction down to a multiple of 2^-64.
func ParseFactor(s string) (Factor, error) {
	intPart, frac, point := strings.Cut(s, ".")
	digits := func(x string) bool {
		for i := 0; i < len(x); i++ {
			if x[i] < '0' || x[i] > '9' {
				return false
			}
		}
		return x != ""
	}
	if !digits(intPart) || len(intPart) > 1 && intPart[0] == '0' {
		return Factor{}, fmt.Errorf("%q is not a decimal number", truncate(s, 80))
	}
	i, err := strconv.ParseUint(intPart, 10, 64)
	if err != nil {
		return Factor{}, fmt.Errorf("%q: integer part above 2^64 − 1", truncate(s, 80))
	}
	if !point {
		return Factor{Int: i}, nil
	}
	if !digits(frac) || len(frac) > MaxFactorDigits {
		return Factor{}, fmt.Errorf("%q: want 1..%d fraction digits", truncate(s, 80), MaxFactorDigits)
	}
	num, _ := new(big.Int).SetString(frac, 10)
	num.Lsh(num, 64)
	num.Quo(num, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(len(frac))), nil)) // < 2^64
	return Factor{Int: i, Frac: num.Uint64()}, nil
}

// MarshalJSON writes the decimal string.
func (f Factor) MarshalJSON() ([]byte, error) {
	return []byte(`"` + f.String() + `"`), nil
}

// UnmarshalJSON reads the decimal string.
func (f *Factor) UnmarshalJSON(data []byte) error {
	var s string
	if err := json.Unmarshal(data, &s); err != nil {
		return fmt.Errorf("factor: want a decimal string: %w", err)
	}
	v, err := ParseFactor(s)
	if err != nil {
		return fmt.Errorf("factor: %w", err)
	}
	*f = v
	return nil
}

// setHyperparams applies a set_hyperparams command (see the package
// documentation). Nothing changes on rejection.
func (f *FSM) setHyperparams(signer common.Address, p SetHyperparams) error {
	s, ok := f.st.subnet(p.Subnet)
	if !ok {
		return fmt.Errorf("%w: %d", ErrUnknownSubnet, p.Subnet)
	}
	root := f.isValidator(signer)
	if !root && signer != s.Owner {
		return fmt.Errorf("%w: set_hyperparams on subnet %d needs its owner or a genesis validator, %s is neither",
			ErrUnauthorized, s.ID, signer.Hex())
	}
	fields := p.Hyperparams.Fields()
	block := f.st.block
	hp := &s.Hyperparams
	if !root {
		for _, name := range fields {
			if !OwnerSettable(name) {
				return fmt.Errorf("%w: %s is root-only (a genesis validator's)", ErrUnauthorized, name)
			}
		}
		if next := s.EpochStart + uint64(hp.Tempo); next <= block || next-block <= uint64(hp.AdminFreezeWindow) {
			return fmt.Errorf("%w: subnet %d's epoch is at block %d, owner changes stop %d blocks before",
				ErrAdminFreezeWindow, s.ID, next, hp.AdminFreezeWindow)
		}
		if last := s.OwnerHyperparamsBlock; last != nil {
			limit := uint64(hp.OwnerHyperparamRateLimit) * uint64(hp.Tempo)
			if since := block - *last; since < limit {
				return fmt.Errorf("%w: subnet %d changed %d blocks ago, limit %d (%d tempos)",
					ErrHyperparamsRateLimited, s.ID, since, limit, hp.OwnerHyperparamRateLimit)
			}
		}
	}
	merged := p.Hyperparams.Apply(*hp)
	if err := merged.Validate(); err != nil {
		return fmt.Errorf("ledger: set_hyperparams on subnet %d: %w", s.ID, err)
	}
	if n := len(s.Neurons); int(merged.MaxAllowedUIDs) < n {
		return fmt.Errorf("%w: max_allowed_uids: %d below the %d registered uids", ErrInvalidHyperparams, merged.MaxAllowedUIDs, n)
	}

	old := *hp
	*hp = merged
	if merged.BurnHalfLife != old.BurnHalfLife {
		s.BurnDecayQ32 = subnet.DecayFactorQ32(merged.BurnHalfLife)
	}
	if p.Hyperparams.Burn != nil {
		s.Burn = merged.Burn
	}
	s.Burn = clampBurn(s.Burn, merged.MinBurn, merged.MaxBurn)
	if merged.RevealPeriodEpochs != old.RevealPeriodEpochs {
		s.dropExpiredCommits()
	}
	if !root {
		s.OwnerHyperparamsBlock = &block
	}
	return nil
}

// clampBurn bounds a price to [minBurn, maxBurn] as subnet.DecayBurn does
// (a decay by the factor 1.0).
func clampBurn(burn, minBurn, maxBurn uint64) uint64 {
	return subnet.DecayBurn(burn, subnet.OneQ32, minBurn, maxBurn)
}
