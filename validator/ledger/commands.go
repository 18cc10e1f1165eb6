package ledger

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math"
	"net"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/agora-net/agora/subnet"
)

// Limits on command content.
const (
	// MaxUIDs is the largest max_allowed_uids a subnet may have, and so the
	// longest weights vector.
	MaxUIDs = 4096
	// MaxTempo is the longest epoch period, in blocks (subtensor MAX_TEMPO).
	MaxTempo = 50_400
	// MaxSubnets is how many subnets the ledger holds (subtensor SubnetLimit).
	MaxSubnets = 128
	// MaxNameLen is the longest subnet name, in bytes.
	MaxNameLen = 64
	// MaxAxonLen is the longest axon address, in bytes.
	MaxAxonLen = 255
	// MinAlphaLow is the smallest liquid-alpha lower bound (65535/40).
	MinAlphaLow = 1638
)

// Subnet tasks, the values of CreateSubnet.Task.
const (
	TaskInference  = "inference"
	TaskFineTune   = "fine-tune"
	TaskPreference = "preference"
)

// Roles of a registered hotkey (Register.Role, NeuronView.Role) and of the
// owner-cut payout (Payout.Role).
const (
	RoleMiner     = "miner"
	RoleValidator = "validator"
	RoleOwner     = "owner"
)

// OwnerPayoutUID is the UID of the owner-cut payout in an EpochRecord; no
// neuron can hold it (a subnet has at most MaxUIDs uids).
const OwnerPayoutUID uint16 = math.MaxUint16

// Tick advances the ledger's block height by one. Signer: a genesis
// validator. JSON: {"block": 7}; block must be the current block + 1.
type Tick struct {
	Block uint64 `json:"block"`
}

// CreateSubnet creates a subnet owned by the signer. JSON:
//
//	{"id": 1, "name": "text", "task": "inference",
//	 "model_hash": "<64 lowercase hex>", "hyperparams": {"tempo": 10, …}}
//
// id, name, task and model_hash are required; hyperparams is optional and
// so is each of its fields: an absent field keeps its DefaultHyperparams
// value.
type CreateSubnet struct {
	// ID is the subnet's id (netuid).
	ID uint16 `json:"id"`
	// Name is 1..MaxNameLen bytes of UTF-8 without control characters.
	Name string `json:"name"`
	// Task is TaskInference, TaskFineTune or TaskPreference.
	Task string `json:"task"`
	// ModelHash is the reference model's content hash: 64 lowercase hex
	// digits (a sha256, no 0x prefix).
	ModelHash string `json:"model_hash"`
	// Hyperparams are the subnet's parameters.
	Hyperparams Hyperparams `json:"hyperparams"`
}

// Register registers the signer's hotkey on a subnet. JSON:
// {"subnet": 1, "role": "miner", "axon": "127.0.0.1:9000"}; subnet and role
// are required, axon may be absent or empty (a validator serves nothing).
type Register struct {
	Subnet uint16 `json:"subnet"`
	// Role is RoleMiner or RoleValidator.
	Role string `json:"role"`
	// Axon is where the neuron serves, "host:port" with a nonzero decimal
	// port, or empty.
	Axon string `json:"axon"`
}

// SetWeights sets the signer's weight vector on a subnet. JSON:
// {"subnet": 1, "uids": [3, 4], "values": [65535, 1200], "version_key": 0};
// subnet is required, absent uids or values are empty. Values are raw u16
// weights; the ledger stores them max-upscaled (subnet.MaxUpscaleU16).
type SetWeights struct {
	Subnet     uint16   `json:"subnet"`
	UIDs       []uint16 `json:"uids"`
	Values     []uint16 `json:"values"`
	VersionKey uint64   `json:"version_key"`
}

// Settle records the transaction that paid an epoch. Signer: a genesis
// validator. JSON: {"subnet": 1, "epoch": 3, "tx": "0x<64 hex>"}; all
// required. The ledger stores the hash in lower case.
type Settle struct {
	Subnet uint16 `json:"subnet"`
	// Epoch is the subnet's epoch number, from 1.
	Epoch uint64 `json:"epoch"`
	// Tx is the settlement transaction hash.
	Tx string `json:"tx"`
}

// Hyperparams are a subnet's parameters (YUMA.md §3). JSON keys are the
// snake_case field names below. Decoding JSON into a Hyperparams overwrites
// only the keys present and rejects unknown keys.
type Hyperparams struct {
	// Tempo is the epoch period in blocks, 1..MaxTempo.
	Tempo uint16 `json:"tempo"`
	// Kappa is the consensus majority ratio as a u16 proportion.
	Kappa uint16 `json:"kappa"`
	// BondsPenalty β as a u16 proportion.
	BondsPenalty uint16 `json:"bonds_penalty"`
	// BondsMovingAverage is the bond EMA retention in millionths, ≤ 1e6.
	BondsMovingAverage uint64 `json:"bonds_moving_average"`
	// MaxAllowedValidators is k in the top-k validator permits, 1..MaxUIDs.
	MaxAllowedValidators uint16 `json:"max_allowed_validators"`
	// MaxAllowedUIDs is the number of uid slots, 1..MaxUIDs.
	MaxAllowedUIDs uint16 `json:"max_allowed_uids"`
	// ActivityCutoffFactorMilli is the activity window in thousandths of
	// a tempo, 1000..50000.
	ActivityCutoffFactorMilli uint32 `json:"activity_cutoff_factor_milli"`
	// ImmunityPeriod is how many blocks a new uid is immune from pruning.
	ImmunityPeriod uint16 `json:"immunity_period"`
	// MinAllowedWeights is the shortest weights vector (capped at n),
	// ≤ MaxUIDs.
	MinAllowedWeights uint16 `json:"min_allowed_weights"`
	// WeightsRateLimit is the number of blocks between weight sets.
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
	// set weights, in base units.
	StakeThreshold uint64 `json:"stake_threshold"`
	// OwnerCut is the owner's share of each epoch's emission as a u16
	// proportion (11796 ≈ 18%).
	OwnerCut uint16 `json:"owner_cut"`
	// EmissionPerBlock is the subnet's emission per block in base units;
	// an epoch emits Tempo × EmissionPerBlock, which must fit in a u64.
	EmissionPerBlock uint64 `json:"emission_per_block"`
}

// DefaultHyperparams returns the parameters of a new subtensor subnet
// (YUMA.md §3, the init_new_network values where they differ from the
// pallet defaults): tempo 360, kappa 32767, bonds penalty 65535, bonds
// moving average 900000, 64 validators, 256 uids, activity cutoff factor
// 13889, immunity 5000, min weights 1, rate limit 100, version key 0, Yuma3
// on, liquid alpha off with bounds (45875, 58982) and steepness 1000, stake
// threshold 0, owner cut 11796 (≈ 18%), and 1 token (10^9 base units) per
// block.
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
func (h *Hyperparams) UnmarshalJSON(data []byte) error {
	type plain Hyperparams // no methods: no recursion
	return decodeStrict(data, (*plain)(h))
}

// Validate checks the tick's fields (block ≥ 1).
func (t Tick) Validate() error {
	if t.Block == 0 {
		return payloadError(TypeTick, "block: must be at least 1")
	}
	return nil
}

// Validate checks the fields' formats and the hyperparameters' ranges.
func (c CreateSubnet) Validate() error {
	if err := checkName(c.Name); err != nil {
		return payloadError(TypeCreateSubnet, "name: %v", err)
	}
	switch c.Task {
	case TaskInference, TaskFineTune, TaskPreference:
	default:
		return payloadError(TypeCreateSubnet, "task: %q is not %q, %q or %q",
			truncate(c.Task, 32), TaskInference, TaskFineTune, TaskPreference)
	}
	if !isHex(c.ModelHash, 64, false) {
		return payloadError(TypeCreateSubnet, "model_hash: want 64 lowercase hex digits, got %q", truncate(c.ModelHash, 80))
	}
	if err := c.Hyperparams.Validate(); err != nil {
		return fmt.Errorf("%w: %s: %w", ErrInvalidPayload, TypeCreateSubnet, err)
	}
	return nil
}

// Validate checks the role and the axon's form.
func (r Register) Validate() error {
	switch r.Role {
	case RoleMiner, RoleValidator:
	default:
		return payloadError(TypeRegister, "role: %q is not %q or %q", truncate(r.Role, 32), RoleMiner, RoleValidator)
	}
	if err := checkAxon(r.Axon); err != nil {
		return payloadError(TypeRegister, "axon: %v", err)
	}
	return nil
}

// Validate checks the vectors' lengths (at most MaxUIDs each); the subnet's
// rules (subnet.CheckWeights) run in the ledger.
func (w SetWeights) Validate() error {
	if len(w.UIDs) > MaxUIDs {
		return payloadError(TypeSetWeights, "uids: %d entries, at most %d", len(w.UIDs), MaxUIDs)
	}
	if len(w.Values) > MaxUIDs {
		return payloadError(TypeSetWeights, "values: %d entries, at most %d", len(w.Values), MaxUIDs)
	}
	return nil
}

// Validate checks the epoch (≥ 1) and the transaction hash's form.
func (s Settle) Validate() error {
	if s.Epoch == 0 {
		return payloadError(TypeSettle, "epoch: must be at least 1")
	}
	if len(s.Tx) != 66 || s.Tx[:2] != "0x" || !isHex(s.Tx[2:], 64, true) {
		return payloadError(TypeSettle, "tx: want 0x and 64 hex digits, got %q", truncate(s.Tx, 80))
	}
	return nil
}

// DecodeTick decodes and validates a tick payload.
func DecodeTick(payload []byte) (Tick, error) {
	var t Tick
	if err := decodePayload(TypeTick, payload, &t, "block"); err != nil {
		return Tick{}, err
	}
	return validated(t)
}

// DecodeCreateSubnet decodes and validates a create_subnet payload; the
// hyperparameters start from DefaultHyperparams.
func DecodeCreateSubnet(payload []byte) (CreateSubnet, error) {
	c := CreateSubnet{Hyperparams: DefaultHyperparams()}
	if err := decodePayload(TypeCreateSubnet, payload, &c, "id", "name", "task", "model_hash"); err != nil {
		return CreateSubnet{}, err
	}
	return validated(c)
}

// DecodeRegister decodes and validates a register payload.
func DecodeRegister(payload []byte) (Register, error) {
	var r Register
	if err := decodePayload(TypeRegister, payload, &r, "subnet", "role"); err != nil {
		return Register{}, err
	}
	return validated(r)
}

// DecodeSetWeights decodes and validates a set_weights payload.
func DecodeSetWeights(payload []byte) (SetWeights, error) {
	var w SetWeights
	if err := decodePayload(TypeSetWeights, payload, &w, "subnet"); err != nil {
		return SetWeights{}, err
	}
	return validated(w)
}

// DecodeSettle decodes and validates a settle payload.
func DecodeSettle(payload []byte) (Settle, error) {
	var s Settle
	if err := decodePayload(TypeSettle, payload, &s, "subnet", "epoch", "tx"); err != nil {
		return Settle{}, err
	}
	return validated(s)
}

// DecodePayload decodes and validates the payload of a command of type typ
// with that type's decoder and returns a Tick, CreateSubnet, Register,
// SetWeights or Settle value. Errors wrap ErrUnknownType or
// ErrInvalidPayload.
func DecodePayload(typ string, payload []byte) (any, error) {
	switch typ {
	case TypeTick:
		return DecodeTick(payload)
	case TypeCreateSubnet:
		return DecodeCreateSubnet(payload)
	case TypeRegister:
		return DecodeRegister(payload)
	case TypeSetWeights:
		return DecodeSetWeights(payload)
	case TypeSettle:
		return DecodeSettle(payload)
	}
	return nil, fmt.Errorf("%w: %q", ErrUnknownType, truncate(typ, 32))
}

// validated returns v if it validates and the zero value otherwise.
func validated[T interface{ Validate() error }](v T) (T, error) {
	if err := v.Validate(); err != nil {
		var zero T
		return zero, err
	}
	return v, nil
}

func payloadError(typ, format string, args ...any) error {
	return fmt.Errorf("%w: %s: %s", ErrInvalidPayload, typ, fmt.Sprintf(format, args...))
}

func decodePayload(typ string, payload []byte, v any, required ...string) error {
	if len(payload) > MaxPayloadSize {
		return fmt.Errorf("%w: %d bytes, at most %d", ErrPayloadTooLarge, len(payload), MaxPayloadSize)
	}
	if err := decodeStrict(payload, v, required...); err != nil {
		return fmt.Errorf("%w: %s: %v", ErrInvalidPayload, typ, err)
	}
	return nil
}

// decodeStrict decodes one JSON object into the struct v points to. Keys
// must be exactly the struct's JSON names (no case folding), the required
// ones present and not null; trailing data is an error. Errors name the
// first offending key in sorted order, so every replica reports the same.
func decodeStrict(data []byte, v any, required ...string) error {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(data, &fields); err != nil {
		return err
	}
	if fields == nil {
		return errors.New("want a JSON object, got null")
	}
	known := jsonNames(reflect.TypeOf(v).Elem())
	for _, k := range slices.Sorted(maps.Keys(fields)) {
		if !slices.Contains(known, k) {
			return fmt.Errorf("unknown field %q", truncate(k, 40))
		}
	}
	for _, k := range required {
		raw, ok := fields[k]
		if !ok {
			return fmt.Errorf("missing field %q", k)
		}
		if string(raw) == "null" {
			return fmt.Errorf("field %q is null", k)
		}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	return dec.Decode(v)
}

// jsonNames lists the JSON keys of a struct type's exported fields.
func jsonNames(t reflect.Type) []string {
	var names []string
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch name {
		case "-":
			continue
		case "":
			name = f.Name
		}
		names = append(names, name)
	}
	return names
}

// isHex reports whether s is n hex digits (lower case only unless
// anyCase).
func isHex(s string, n int, anyCase bool) bool {
	if len(s) != n {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case '0' <= c && c <= '9', 'a' <= c && c <= 'f':
		case anyCase && 'A' <= c && c <= 'F':
		default:
			return false
		}
	}
	return true
}

func checkName(name string) error {
	if name == "" || len(name) > MaxNameLen {
		return fmt.Errorf("%d bytes, want 1..%d", len(name), MaxNameLen)
	}
	if !utf8.ValidString(name) {
		return errors.New("not valid UTF-8")
	}
	if strings.ContainsFunc(name, unicode.IsControl) {
		return errors.New("contains a control character")
	}
	return nil
}

// checkAxon accepts "" or host:port with a non-empty host of letters,
// digits and . - _ : % (IPv6 in brackets) and a decimal port 1..65535.
func checkAxon(axon string) error {
	if axon == "" {
		return nil
	}
	if len(axon) > MaxAxonLen {
		return fmt.Errorf("%d bytes, at most %d", len(axon), MaxAxonLen)
	}
	host, port, err := net.SplitHostPort(axon)
	if err != nil {
		return fmt.Errorf("%q is not host:port", truncate(axon, 80))
	}
	if host == "" {
		return fmt.Errorf("%q has no host", truncate(axon, 80))
	}
	for i := 0; i < len(host); i++ {
		c := host[i]
		ok := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte(".-_:%", c) >= 0
		if !ok {
			return fmt.Errorf("host %q: character %q not allowed", truncate(host, 80), c)
		}
	}
	p, err := strconv.ParseUint(port, 10, 16)
	if err != nil || p == 0 || port[0] == '0' {
		return fmt.Errorf("port %q: want a decimal in 1..65535", truncate(port, 16))
	}
	return nil
}
