package chain

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/agora-net/agora/chain/bindings"
)

// Errors returned by the contract clients; test for them with errors.Is.
// Each revert of an Agora contract comes back as a *RevertError that
// matches ErrReverted and, for the reverts a caller acts on, one of the more
// specific errors below.
var (
	// ErrEpochAlreadyPaid: PayEpoch was asked to pay an epoch that is not
	// newer than the last one the token paid for the subnet (the contract
	// reverted with EpochAlreadyPaid). Nothing was paid; read LastPaidEpoch
	// and EpochTx to find the payment that was made.
	ErrEpochAlreadyPaid = errors.New("chain: epoch already paid")
	// ErrEpochAlreadySettled: Settle or Distribute was asked for an epoch not
	// newer than the subnet's last settled one (EpochAlreadySettled). Nothing
	// was paid; read LastSettledEpoch and (*Emission).EpochTx.
	ErrEpochAlreadySettled = errors.New("chain: epoch already settled")
	// ErrUnauthorized: the sending key lacks the role the function needs
	// (AccessControlUnauthorizedAccount): MINTER_ROLE, SETTLER_ROLE,
	// SLASHER_ROLE, PRICE_ROLE or the admin role; or it called the token's
	// payClaim without being its Emission contract (NotEmission).
	ErrUnauthorized = errors.New("chain: sender lacks the role")
	// ErrNotMinter: the sending key lacks MINTER_ROLE on the token (the
	// contract reverted with AccessControlUnauthorizedAccount for that role).
	// It also matches ErrUnauthorized.
	ErrNotMinter = errors.New("chain: sender is not a minter")
	// ErrUnknownSubnet: no subnet has the id (UnknownSubnet).
	ErrUnknownSubnet = errors.New("chain: unknown subnet")
	// ErrInvalidProof: the Merkle proof does not lead to the current or
	// previous root (InvalidProof): the amount is not the tree's, or the
	// proof is for another account, contract or chain, or two settlements
	// (of any subnets) happened since it was built. Fetch a fresh proof.
	ErrInvalidProof = errors.New("chain: invalid merkle proof")
	// ErrNothingToClaim: the account already claimed the cumulative amount
	// (NothingToClaim).
	ErrNothingToClaim = errors.New("chain: nothing to claim")
	// ErrSupplyCap: a mint would take the token's total supply above its cap,
	// 2^128 - 1 base units (ERC20ExceededCap).
	ErrSupplyCap = errors.New("chain: token supply cap exceeded")
	// ErrZeroAmount: a zero amount where the contract needs one (ZeroAmount).
	ErrZeroAmount = errors.New("chain: zero amount")
	// ErrInsufficientStake: unstaking more than the hotkey's stake
	// (InsufficientStake).
	ErrInsufficientStake = errors.New("chain: insufficient stake")
	// ErrStillUnbonding: the unbonding period has not passed
	// (StillUnbonding); withdraw at the release block (UnbondingOf).
	ErrStillUnbonding = errors.New("chain: still unbonding")
	// ErrNothingToWithdraw: nothing is unbonding for the hotkey
	// (NothingToWithdraw).
	ErrNothingToWithdraw = errors.New("chain: nothing to withdraw")
	// ErrSlashExceedsStake: slashing more than the hotkey's stake and
	// unbonding amount together (SlashExceedsStake).
	ErrSlashExceedsStake = errors.New("chain: slash exceeds stake")
	// ErrNotHotkeyOwner: the hotkey's position or registration belongs to
	// another account (NotHotkeyOwner, HotkeyOwnedByOther).
	ErrNotHotkeyOwner = errors.New("chain: hotkey owned by another account")
	// ErrPriceAboveMax: the registration price or subnet lock cost is above
	// the caller's limit (PriceAboveMax).
	ErrPriceAboveMax = errors.New("chain: price above the limit")
	// ErrInsufficientBalance: an account's token balance is below the amount
	// moved (ERC20InsufficientBalance).
	ErrInsufficientBalance = errors.New("chain: insufficient token balance")
	// ErrInsufficientAllowance: the spender's allowance is below the amount
	// (ERC20InsufficientAllowance); Approve, or use a permit.
	ErrInsufficientAllowance = errors.New("chain: insufficient token allowance")
	// ErrReverted: the contract reverted, or the mined transaction failed.
	// Every *RevertError, including those above, matches it.
	ErrReverted = errors.New("chain: transaction reverted")
)

// revertSentinels maps a Solidity error's name to the error it matches
// besides ErrReverted.
var revertSentinels = map[string]error{
	"EpochAlreadyPaid":           ErrEpochAlreadyPaid,
	"EpochAlreadySettled":        ErrEpochAlreadySettled,
	"UnknownSubnet":              ErrUnknownSubnet,
	"InvalidProof":               ErrInvalidProof,
	"NothingToClaim":             ErrNothingToClaim,
	"NotEmission":                ErrUnauthorized,
	"ERC20ExceededCap":           ErrSupplyCap,
	"ZeroAmount":                 ErrZeroAmount,
	"InsufficientStake":          ErrInsufficientStake,
	"StillUnbonding":             ErrStillUnbonding,
	"NothingToWithdraw":          ErrNothingToWithdraw,
	"SlashExceedsStake":          ErrSlashExceedsStake,
	"NotHotkeyOwner":             ErrNotHotkeyOwner,
	"HotkeyOwnedByOther":         ErrNotHotkeyOwner,
	"PriceAboveMax":              ErrPriceAboveMax,
	"ERC20InsufficientBalance":   ErrInsufficientBalance,
	"ERC20InsufficientAllowance": ErrInsufficientAllowance,
}

// RevertError is a contract revert, decoded from its revert data when an
// Agora contract's ABI names it. errors.Is matches it against ErrReverted
// and, for the reverts Agora handles, the more specific sentinel.
type RevertError struct {
	// Name is the Solidity error's name, "Error" for require(…, "reason"),
	// "Panic" for a failed assert or arithmetic, or "" when unknown.
	Name string
	// Args are the decoded error arguments, in ABI order.
	Args []any
	// Data is the raw revert data (selector and arguments), if any.
	Data []byte
	// Reason is a readable description, such as
	// EpochAlreadyPaid(subnet=1, epoch=1, last=1).
	Reason string
}

// Error implements error. Client methods return a RevertError wrapped with
// their "chain: " context.
func (e *RevertError) Error() string {
	return "execution reverted: " + e.Reason
}

// Unwrap lets errors.Is match ErrReverted and the sentinel of a known revert.
func (e *RevertError) Unwrap() []error {
	if e.Name == "AccessControlUnauthorizedAccount" {
		if len(e.Args) == 2 && e.Args[1] == [32]byte(MinterRole) {
			return []error{ErrReverted, ErrUnauthorized, ErrNotMinter}
		}
		return []error{ErrReverted, ErrUnauthorized}
	}
	if s, ok := revertSentinels[e.Name]; ok {
		return []error{ErrReverted, s}
	}
	return []error{ErrReverted}
}

// errorsABI returns an ABI holding the errors of every Agora contract, so
// that a revert bubbling up from a nested call (the token's, under Staking
// or Emission) decodes whichever contract raised it.
func errorsABI() (*abi.ABI, error) {
	all := &abi.ABI{Errors: make(map[string]abi.Error)}
	for _, meta := range []*bind.MetaData{
		bindings.AgoraTokenMetaData,
		bindings.SubnetRegistryMetaData,
		bindings.StakingMetaData,
		bindings.EmissionMetaData,
	} {
		parsed, err := meta.GetAbi()
		if err != nil {
			return nil, fmt.Errorf("chain: parse abi: %w", err)
		}
		for name, e := range parsed.Errors {
			all.Errors[name] = e
		}
	}
	return all, nil
}

// AsRevert decodes the revert carried by err, an error of a call or
// transaction sent some other way than through this package's clients
// (abigen bindings, a bare ethclient): ok is false when err is not an
// execution revert. The errors of every Agora contract are decoded.
func AsRevert(err error) (rerr *RevertError, ok bool) {
	if errors.As(err, &rerr) {
		return rerr, true
	}
	data, ok := revertData(err)
	if !ok {
		return nil, false
	}
	errs, abiErr := errorsABI()
	if abiErr != nil {
		return &RevertError{Data: data, Reason: "undecodable: " + abiErr.Error()}, true
	}
	return decodeRevert(errs, data), true
}

// revertData extracts the revert data carried by a JSON-RPC error (eth_call
// and eth_estimateGas report it as the error's data, a hex string). ok is
// false when err is not an execution revert.
func revertData(err error) (data []byte, ok bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	s, isString := de.ErrorData().(string)
	if !isString {
		return nil, false
	}
	data, decErr := hexutil.Decode(s)
	if decErr != nil {
		return nil, false
	}
	return data, true
}

// decodeRevert turns revert data into a *RevertError using the contract's
// ABI for custom errors and the standard Error(string) and Panic(uint256).
func decodeRevert(contract *abi.ABI, data []byte) *RevertError {
	e := &RevertError{Data: data}
	if len(data) < 4 {
		e.Reason = "no reason given (data " + hexutil.Encode(data) + ")"
		return e
	}
	if reason, err := abi.UnpackRevert(data); err == nil {
		e.Name = "Error"
		if string(data[:4]) == panicSelector {
			e.Name = "Panic"
		}
		e.Args = []any{reason}
		e.Reason = e.Name + "(" + reason + ")"
		return e
	}
	var id [4]byte
	copy(id[:], data[:4])
	abiErr, err := contract.ErrorByID(id)
	if err != nil {
		e.Reason = "unknown error " + hexutil.Encode(data)
		return e
	}
	e.Name = abiErr.Name
	vals, err := abiErr.Inputs.Unpack(data[4:])
	if err != nil {
		e.Reason = abiErr.Name + " (undecodable arguments " + hexutil.Encode(data[4:]) + ")"
		return e
	}
	e.Args = vals
	parts := make([]string, len(vals))
	for i, v := range vals {
		parts[i] = abiErr.Inputs[i].Name + "=" + formatArg(v)
	}
	e.Reason = abiErr.Name + "(" + strings.Join(parts, ", ") + ")"
	return e
}

// formatArg formats a decoded ABI value for a revert reason: byte arrays
// and slices in hex, everything else as %v does.
func formatArg(v any) string {
	switch b := v.(type) {
	case [32]byte:
		return hexutil.Encode(b[:])
	case []byte:
		return hexutil.Encode(b)
	}
	return fmt.Sprint(v)
}

// panicSelector is the selector of Solidity's Panic(uint256).
const panicSelector = "\x4e\x48\x7b\x71"
