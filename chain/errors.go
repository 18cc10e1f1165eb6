package chain

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// Errors returned by Token methods; test for them with errors.Is.
var (
	// ErrEpochAlreadyPaid: PayEpoch was asked to pay an epoch that is not
	// newer than the last one the contract paid for the subnet (the contract
	// reverted with EpochAlreadyPaid). Nothing was paid; read LastPaidEpoch
	// and EpochTx to find the payment that was made.
	ErrEpochAlreadyPaid = errors.New("chain: epoch already paid")
	// ErrNotMinter: the sending key lacks MINTER_ROLE on the token (the
	// contract reverted with AccessControlUnauthorizedAccount).
	ErrNotMinter = errors.New("chain: sender is not a minter")
	// ErrReverted: the contract reverted, or the mined transaction failed.
	// Every *RevertError, including the two above, matches it.
	ErrReverted = errors.New("chain: transaction reverted")
)

// RevertError is a contract revert, decoded from its revert data when the
// ABI names it. errors.Is matches it against ErrReverted and, for the
// reverts Agora handles, ErrEpochAlreadyPaid or ErrNotMinter.
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

// Error implements error. Token methods return a RevertError wrapped with
// their "chain: " context.
func (e *RevertError) Error() string {
	return "execution reverted: " + e.Reason
}

// Unwrap lets errors.Is match ErrReverted and the sentinel of a known revert.
func (e *RevertError) Unwrap() []error {
	switch e.Name {
	case "EpochAlreadyPaid":
		return []error{ErrReverted, ErrEpochAlreadyPaid}
	case "AccessControlUnauthorizedAccount":
		return []error{ErrReverted, ErrNotMinter}
	}
	return []error{ErrReverted}
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
