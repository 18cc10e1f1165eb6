package scoring

// Entry is one stored sparse matrix cell: a destination uid and a u16 value.
// Weight rows hold max-upscaled weights (row max 65535); bond rows hold
// column-max-upscaled bonds (original Yuma) or proportions × 65535 (Yuma3).
type Entry struct {
	UID   uint16
	Value uint16
}

// Hyperparams are the subnet parameters the epoch reads (YUMA.md §3).
type Hyperparams struct {
	// Kappa is the consensus majority ratio as a u16 proportion (32767 ≈ 0.5).
	Kappa uint16
	// BondsPenalty β as a u16 proportion: 0 bonds follow raw weights, 65535 clipped weights.
	BondsPenalty uint16
	// BondsMovingAverage is the EMA retention in millionths; α = 1 − bma/1e6.
	BondsMovingAverage uint64
	// MaxAllowedValidators is k in the top-k validator permit rule.
	MaxAllowedValidators uint16
	// Tempo is the epoch period in blocks.
	Tempo uint16
	// ActivityCutoffFactorMilli sets the activity cutoff as per-mille of tempo.
	ActivityCutoffFactorMilli uint32
	// StakeThreshold zeroes the stake of uids below it (the owner uid is exempt).
	StakeThreshold uint64
	// Yuma3 selects the Yuma3 bonds and dividends branch.
	Yuma3 bool
	// LiquidAlpha enables the per-edge sigmoid EMA alpha (Yuma3 only).
	LiquidAlpha bool
	// AlphaLow and AlphaHigh bound liquid alpha, as u16 proportions.
	AlphaLow, AlphaHigh uint16
	// AlphaSigmoidSteepness shapes the liquid-alpha sigmoid (divided by −100).
	AlphaSigmoidSteepness int16
	// CommitReveal enables the anti-sniping column mask of YUMA.md §4.6.
	CommitReveal bool
}

// Neuron is one uid's epoch input. The uid is its index in State.Neurons.
type Neuron struct {
	// Stake is the uid's total stake in base units.
	Stake uint64
	// LastUpdate is the block of the uid's last weight set, commit or registration.
	LastUpdate uint64
	// RegisteredAt is the block at which the uid's current hotkey registered.
	RegisteredAt uint64
	// ValidatorPermit is the permit stored by the previous epoch.
	ValidatorPermit bool
	// Weights is the stored weight row (max-upscaled, zero entries kept).
	Weights []Entry
	// Bonds is the stored bond row.
	Bonds []Entry
	// CommitBlock is the block of the uid's earliest unexpired weight commit,
	// or nil when it has none. Read only when Hyperparams.CommitReveal is set.
	CommitBlock *uint64
}

// State is everything one epoch of one subnet reads.
type State struct {
	// Block is the current block height.
	Block uint64
	// Emission is the amount distributed by this epoch, in base units.
	Emission uint64
	// LastEpochBlock is the block of the previous successful epoch (0: none).
	LastEpochBlock uint64
	// OwnerUID is the subnet owner's uid, or nil when the owner holds none.
	OwnerUID *uint16
	// Hyperparams are the subnet's parameters.
	Hyperparams Hyperparams
	// Neurons are the uids 0..n−1 in order.
	Neurons []Neuron
}

// Result is what one epoch writes. Vectors have one element per uid; u16
// vectors are floor(x·65535) of the fixed-point values.
type Result struct {
	StakeWeight       []uint16
	Active            []bool
	ValidatorPermit   []bool
	Consensus         []uint16
	Incentive         []uint16
	Dividends         []uint16
	ValidatorTrust    []uint16
	Emission          []uint64
	ServerEmission    []uint64
	ValidatorEmission []uint64
	// Bonds are the bond rows as stored after the epoch, one per uid.
	Bonds [][]Entry
}
