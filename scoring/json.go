package scoring

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// MaxNeurons is the largest subnet an epoch accepts. Weight rows are summed in
// I32F32 before normalization; 32768 cells of 65535.0 is the most that sum
// holds without overflow.
const MaxNeurons = 32768

// ErrInvalidState is wrapped by every error that rejects an epoch state; the
// message names the offending field.
var ErrInvalidState = errors.New("scoring: invalid epoch state")

// fieldError names the field that made a state invalid.
type fieldError struct {
	field string
	msg   string
}

func (e *fieldError) Error() string { return "scoring: " + e.field + ": " + e.msg }
func (e *fieldError) Unwrap() error { return ErrInvalidState }

func invalid(field, format string, args ...any) error {
	return &fieldError{field: field, msg: fmt.Sprintf(format, args...)}
}

// Validate reports the first field that makes s an impossible epoch state:
// too many uids, a weight or bond to a uid ≥ n or repeated in a row, an owner
// uid ≥ n, alpha_low above alpha_high, bonds_moving_average above 10^6, or a
// total stake above 2^63−1 (the integer range of subtensor's I64F64 stake).
func (s *State) Validate() error {
	n := len(s.Neurons)
	if n > MaxNeurons {
		return invalid("neurons", "%d uids, at most %d allowed", n, MaxNeurons)
	}
	hp := &s.Hyperparams
	if hp.AlphaLow > hp.AlphaHigh {
		return invalid("hyperparams.alpha_low", "%d is above alpha_high %d", hp.AlphaLow, hp.AlphaHigh)
	}
	if hp.BondsMovingAverage > 1_000_000 {
		return invalid("hyperparams.bonds_moving_average", "%d is above 1000000", hp.BondsMovingAverage)
	}
	if s.OwnerUID != nil && int(*s.OwnerUID) >= n {
		return invalid("owner_uid", "uid %d out of range (n = %d)", *s.OwnerUID, n)
	}
	var total uint64
	seen := make([]uint32, n) // seen[j] == row stamp: j already in this row
	stamp := uint32(0)
	for i := range s.Neurons {
		nu := &s.Neurons[i]
		total += nu.Stake
		if total < nu.Stake || total > math.MaxInt64 {
			return invalid(fmt.Sprintf("neurons[%d].stake", i), "total stake exceeds %d", int64(math.MaxInt64))
		}
		for _, row := range []struct {
			name    string
			entries []Entry
		}{{"weights", nu.Weights}, {"bonds", nu.Bonds}} {
			stamp++
			for k, e := range row.entries {
				if int(e.UID) >= n {
					return invalid(fmt.Sprintf("neurons[%d].%s[%d]", i, row.name, k), "uid %d out of range (n = %d)", e.UID, n)
				}
				if seen[e.UID] == stamp {
					return invalid(fmt.Sprintf("neurons[%d].%s[%d]", i, row.name, k), "uid %d appears twice in the row", e.UID)
				}
				seen[e.UID] = stamp
			}
		}
	}
	return nil
}

// RunJSON decodes an epoch state from JSON, runs the epoch and encodes the
// result as JSON: the interface of `agora consensus epoch`. A bad state
// yields an error (wrapping ErrInvalidState, one line naming the field) and
// no output.
func RunJSON(data []byte) ([]byte, error) {
	s, err := DecodeState(data)
	if err != nil {
		return nil, err
	}
	r, err := Epoch(s)
	if err != nil {
		return nil, err
	}
	return r.MarshalJSON()
}

// DecodeState parses an epoch state from JSON and validates it. Every field
// is required except hyperparams.commit_reveal and neurons[].commit_block;
// integers must be plain JSON integers within their type's range; unknown
// fields are ignored. Weight and bond rows are arrays of [uid, value] pairs.
func DecodeState(data []byte) (*State, error) {
	var top object
	if err := decodeObject(data, "state", &top); err != nil {
		return nil, err
	}
	s := &State{}
	var err error
	d := top
	if s.Block, err = d.u64("block"); err != nil {
		return nil, err
	}
	if s.Emission, err = d.u64("emission"); err != nil {
		return nil, err
	}
	if s.LastEpochBlock, err = d.u64("last_epoch_block"); err != nil {
		return nil, err
	}
	if s.OwnerUID, err = d.optionalU16("owner_uid", true); err != nil {
		return nil, err
	}
	if err := decodeHyperparams(d, &s.Hyperparams); err != nil {
		return nil, err
	}
	raw, err := d.required("neurons")
	if err != nil {
		return nil, err
	}
	var list []json.RawMessage
	if err := json.Unmarshal(raw, &list); err != nil || list == nil {
		return nil, invalid("neurons", "want an array of neurons")
	}
	s.Neurons = make([]Neuron, len(list))
	for i, rawNeuron := range list {
		if err := decodeNeuron(rawNeuron, fmt.Sprintf("neurons[%d]", i), &s.Neurons[i]); err != nil {
			return nil, err
		}
	}
	if err := s.Validate(); err != nil {
		return nil, err
	}
	return s, nil
}

func decodeHyperparams(top object, hp *Hyperparams) error {
	raw, err := top.required("hyperparams")
	if err != nil {
		return err
	}
	var d object
	if err := decodeObject(raw, "hyperparams", &d); err != nil {
		return err
	}
	u16s := []struct {
		key string
		dst *uint16
	}{
		{"kappa", &hp.Kappa}, {"bonds_penalty", &hp.BondsPenalty},
		{"max_allowed_validators", &hp.MaxAllowedValidators}, {"tempo", &hp.Tempo},
		{"alpha_low", &hp.AlphaLow}, {"alpha_high", &hp.AlphaHigh},
	}
	for _, f := range u16s {
		if *f.dst, err = d.u16(f.key); err != nil {
			return err
		}
	}
	factor, err := d.u64("activity_cutoff_factor_milli")
	if err != nil {
		return err
	}
	if factor > math.MaxUint32 {
		return invalid(d.path("activity_cutoff_factor_milli"), "%d out of range [0, %d]", factor, uint64(math.MaxUint32))
	}
	hp.ActivityCutoffFactorMilli = uint32(factor)
	if hp.BondsMovingAverage, err = d.u64("bonds_moving_average"); err != nil {
		return err
	}
	if hp.StakeThreshold, err = d.u64("stake_threshold"); err != nil {
		return err
	}
	if hp.AlphaSigmoidSteepness, err = d.i16("alpha_sigmoid_steepness"); err != nil {
		return err
	}
	if hp.Yuma3, err = d.boolean("yuma3", false); err != nil {
		return err
	}
	if hp.LiquidAlpha, err = d.boolean("liquid_alpha", false); err != nil {
		return err
	}
	if hp.CommitReveal, err = d.boolean("commit_reveal", true); err != nil {
		return err
	}
	return nil
}

func decodeNeuron(raw json.RawMessage, name string, nu *Neuron) error {
	var d object
	if err := decodeObject(raw, name, &d); err != nil {
		return err
	}
	var err error
	if nu.Stake, err = d.u64("stake"); err != nil {
		return err
	}
	if nu.LastUpdate, err = d.u64("last_update"); err != nil {
		return err
	}
	if nu.RegisteredAt, err = d.u64("registered_at"); err != nil {
		return err
	}
	if nu.ValidatorPermit, err = d.boolean("validator_permit", false); err != nil {
		return err
	}
	if nu.Weights, err = d.entries("weights"); err != nil {
		return err
	}
	if nu.Bonds, err = d.entries("bonds"); err != nil {
		return err
	}
	if raw, ok := d.fields["commit_block"]; ok && !isNull(raw) {
		v, err := parseUint(raw, d.name+".commit_block", math.MaxUint64)
		if err != nil {
			return err
		}
		nu.CommitBlock = &v
	}
	return nil
}

// object is a decoded JSON object whose fields are read by name, so that a
// missing or malformed field is reported with its full path.
type object struct {
	name   string
	fields map[string]json.RawMessage
}

func decodeObject(data []byte, name string, o *object) error {
	o.name = name
	if err := json.Unmarshal(data, &o.fields); err != nil || o.fields == nil {
		if name == "state" {
			return invalid(name, "malformed JSON object: %s", oneLine(err))
		}
		return invalid(name, "want a JSON object")
	}
	return nil
}

func oneLine(err error) string {
	if err == nil {
		return "null"
	}
	return strings.ReplaceAll(err.Error(), "\n", " ")
}

func (o object) path(key string) string {
	if o.name == "state" {
		return key
	}
	return o.name + "." + key
}

func (o object) required(key string) (json.RawMessage, error) {
	raw, ok := o.fields[key]
	if !ok {
		return nil, invalid(o.path(key), "missing")
	}
	return raw, nil
}

func (o object) u64(key string) (uint64, error) {
	raw, err := o.required(key)
	if err != nil {
		return 0, err
	}
	return parseUint(raw, o.path(key), math.MaxUint64)
}

func (o object) u16(key string) (uint16, error) {
	raw, err := o.required(key)
	if err != nil {
		return 0, err
	}
	v, err := parseUint(raw, o.path(key), math.MaxUint16)
	return uint16(v), err
}

// optionalU16 reads a u16 that may be null.
func (o object) optionalU16(key string, required bool) (*uint16, error) {
	raw, ok := o.fields[key]
	if !ok {
		if required {
			return nil, invalid(o.path(key), "missing (use null for none)")
		}
		return nil, nil
	}
	if isNull(raw) {
		return nil, nil
	}
	v, err := parseUint(raw, o.path(key), math.MaxUint16)
	if err != nil {
		return nil, err
	}
	u := uint16(v)
	return &u, nil
}

func (o object) i16(key string) (int16, error) {
	raw, err := o.required(key)
	if err != nil {
		return 0, err
	}
	s := strings.TrimSpace(string(raw))
	v, perr := strconv.ParseInt(s, 10, 16)
	if perr != nil {
		return 0, invalid(o.path(key), "want an integer in [%d, %d], got %s", math.MinInt16, math.MaxInt16, clip(s))
	}
	return int16(v), nil
}

func (o object) boolean(key string, optional bool) (bool, error) {
	raw, ok := o.fields[key]
	if !ok {
		if optional {
			return false, nil
		}
		return false, invalid(o.path(key), "missing")
	}
	switch strings.TrimSpace(string(raw)) {
	case "true":
		return true, nil
	case "false":
		return false, nil
	}
	return false, invalid(o.path(key), "want true or false, got %s", clip(string(raw)))
}

// entries reads a sparse row: an array of [uid, value] pairs of u16s.
func (o object) entries(key string) ([]Entry, error) {
	raw, err := o.required(key)
	if err != nil {
		return nil, err
	}
	var pairs []json.RawMessage
	if err := json.Unmarshal(raw, &pairs); err != nil || pairs == nil {
		return nil, invalid(o.path(key), "want an array of [uid, value] pairs")
	}
	out := make([]Entry, len(pairs))
	for k, p := range pairs {
		field := fmt.Sprintf("%s[%d]", o.path(key), k)
		var pair []json.RawMessage
		if err := json.Unmarshal(p, &pair); err != nil || len(pair) != 2 {
			return nil, invalid(field, "want a [uid, value] pair, got %s", clip(string(p)))
		}
		uid, err := parseUint(pair[0], field+" uid", math.MaxUint16)
		if err != nil {
			return nil, err
		}
		val, err := parseUint(pair[1], field+" value", math.MaxUint16)
		if err != nil {
			return nil, err
		}
		out[k] = Entry{UID: uint16(uid), Value: uint16(val)}
	}
	return out, nil
}

// parseUint accepts a plain JSON integer (digits only) in [0, limit].
func parseUint(raw json.RawMessage, field string, limit uint64) (uint64, error) {
	s := strings.TrimSpace(string(raw))
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil || (len(s) > 1 && s[0] == '0') || s == "" || s[0] == '+' {
		return 0, invalid(field, "want an integer in [0, %d], got %s", limit, clip(s))
	}
	if v > limit {
		return 0, invalid(field, "%d out of range [0, %d]", v, limit)
	}
	return v, nil
}

func isNull(raw json.RawMessage) bool { return strings.TrimSpace(string(raw)) == "null" }

// clip shortens a raw JSON value for an error message.
func clip(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 40 {
		return s[:40] + "…"
	}
	if s == "" {
		return "nothing"
	}
	return s
}

// MarshalJSON encodes the result in the `agora consensus epoch` output form.
func (r *Result) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(`{"stake_weight":`)
	writeU16s(&b, r.StakeWeight)
	b.WriteString(`,"active":`)
	writeBools(&b, r.Active)
	b.WriteString(`,"validator_permit":`)
	writeBools(&b, r.ValidatorPermit)
	b.WriteString(`,"consensus":`)
	writeU16s(&b, r.Consensus)
	b.WriteString(`,"incentive":`)
	writeU16s(&b, r.Incentive)
	b.WriteString(`,"dividends":`)
	writeU16s(&b, r.Dividends)
	b.WriteString(`,"validator_trust":`)
	writeU16s(&b, r.ValidatorTrust)
	b.WriteString(`,"emission":`)
	writeU64s(&b, r.Emission)
	b.WriteString(`,"server_emission":`)
	writeU64s(&b, r.ServerEmission)
	b.WriteString(`,"validator_emission":`)
	writeU64s(&b, r.ValidatorEmission)
	b.WriteString(`,"bonds":[`)
	for i, row := range r.Bonds {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteByte('[')
		for k, e := range row {
			if k > 0 {
				b.WriteByte(',')
			}
			b.WriteByte('[')
			b.WriteString(strconv.FormatUint(uint64(e.UID), 10))
			b.WriteByte(',')
			b.WriteString(strconv.FormatUint(uint64(e.Value), 10))
			b.WriteByte(']')
		}
		b.WriteByte(']')
	}
	b.WriteString("]}")
	return b.Bytes(), nil
}

func writeU16s(b *bytes.Buffer, v []uint16) {
	b.WriteByte('[')
	for i, x := range v {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.FormatUint(uint64(x), 10))
	}
	b.WriteByte(']')
}

func writeU64s(b *bytes.Buffer, v []uint64) {
	b.WriteByte('[')
	for i, x := range v {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.FormatUint(x, 10))
	}
	b.WriteByte(']')
}

func writeBools(b *bytes.Buffer, v []bool) {
	b.WriteByte('[')
	for i, x := range v {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.FormatBool(x))
	}
	b.WriteByte(']')
}
