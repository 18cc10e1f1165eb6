// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// AgoraTokenMetaData contains all meta data concerning the AgoraToken contract.
var AgoraTokenMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"minter\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"last\",\"type\":\"uint64\"}],\"name\":\"EpochAlreadyPaid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"recipients\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amounts\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroMinter\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"recipients\",\"type\":\"uint256\"}],\"name\":\"EpochPaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MINTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"burnFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"}],\"name\":\"lastPaidEpoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"packed\",\"type\":\"bytes32[]\"}],\"name\":\"mintBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"address[]\",\"name\":\"recipients\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"payEpoch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x610160604052348015610010575f5ffd5b5060405161224238038061224283398101604081905261002f916102c9565b6040518060400160405280600581526020016441676f726160d81b81525080604051806040016040528060018152602001603160f81b8152506040518060400160405280600581526020016441676f726160d81b8152506040518060400160405280600381526020016220a3a960e91b81525081600390816100b19190610399565b5060046100be8282610399565b5050506100d0826101d660201b60201c565b610120526100dd816101d6565b61014052815160208084019190912060e052815190820120610100524660a05261016960e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c052506001600160a01b03811661019a576040516341f2769560e11b815260040160405180910390fd5b6101a45f3361021c565b506101cf7f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a68261021c565b50506104af565b5f5f829050601f81511115610209578260405163305a27a960e01b81526004016102009190610457565b60405180910390fd5b80516102148261048c565b179392505050565b5f8281526008602090815260408083206001600160a01b038516845290915281205460ff166102c0575f8381526008602090815260408083206001600160a01b03861684529091529020805460ff191660011790556102783390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102c3565b505f5b92915050565b5f602082840312156102d9575f5ffd5b81516001600160a01b03811681146102ef575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061031e57607f821691505b60208210810361033c57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610394578282111561039457805f5260205f20601f840160051c602085101561036d57505f5b90810190601f840160051c035f5b81811015610390575f8382015560010161037b565b5050505b505050565b81516001600160401b038111156103b2576103b26102f6565b6103c6816103c0845461030a565b84610342565b6020601f8211600181146103f8575f83156103e15750848201515b5f19600385901b1c1916600184901b178455610450565b5f84815260208120601f198516915b828110156104275787850151825560209485019460019092019101610407565b508482101561044457868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8051602080830151919081101561033c575f1960209190910360031b1b16919050565b60805160a05160c05160e051610100516101205161014051611d426105005f395f61118101525f61115601525f610f8e01525f610f6601525f610ec101525f610eeb01525f610f150152611d425ff3fe608060405234801561000f575f5ffd5b50600436106101b0575f3560e01c80636606fd09116100f3578063a217fddf11610093578063d505accf1161006e578063d505accf146103f5578063d539139314610408578063d547741f1461042f578063dd62ed3e14610442575f5ffd5b8063a217fddf146103c8578063a9059cbb146103cf578063bdc49095146103e2575f5ffd5b80637ecebe00116100ce5780637ecebe001461034d57806384b0196e1461036057806391d148541461037b57806395d89b41146103c0575f5ffd5b80636606fd09146102f257806370a082311461030557806379cc67901461033a575f5ffd5b806329d89f5c1161015e5780633644e515116101395780633644e515146102b157806336568abe146102b957806340c10f19146102cc57806342966c68146102df575f5ffd5b806329d89f5c1461024b5780632f2ff15d1461028d578063313ce567146102a2575f5ffd5b806318160ddd1161018e57806318160ddd1461020457806323b872dd14610216578063248a9ca314610229575f5ffd5b806301ffc9a7146101b457806306fdde03146101dc578063095ea7b3146101f1575b5f5ffd5b6101c76101c23660046117fe565b610487565b60405190151581526020015b60405180910390f35b6101e461051f565b6040516101d39190611890565b6101c76101ff3660046118ca565b6105af565b600b545b6040519081526020016101d3565b6101c76102243660046118f2565b6105c6565b61020861023736600461192c565b5f9081526008602052604090206001015490565b610274610259366004611954565b60096020525f908152604090205467ffffffffffffffff1681565b60405167ffffffffffffffff90911681526020016101d3565b6102a061029b36600461196d565b6105e9565b005b604051600981526020016101d3565b610208610613565b6102a06102c736600461196d565b610621565b6102a06102da3660046118ca565b61067f565b6102a06102ed36600461192c565b6106b3565b6102a06103003660046119df565b6106c0565b610208610313366004611a7d565b73ffffffffffffffffffffffffffffffffffffffff165f908152600a602052604090205490565b6102a06103483660046118ca565b6108c5565b61020861035b366004611a7d565b6108de565b610368610908565b6040516101d39796959493929190611a96565b6101c761038936600461196d565b5f91825260086020908152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b6101e4610966565b6102085f81565b6101c76103dd3660046118ca565b610975565b6102086103f0366004611b55565b610982565b6102a0610403366004611b94565b610a56565b6102087f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a681565b6102a061043d36600461196d565b610bff565b610208610450366004611c01565b73ffffffffffffffffffffffffffffffffffffffff9182165f90815260016020908152604080832093909416825291909152205490565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061051957507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b60606003805461052e90611c29565b80601f016020809104026020016040519081016040528092919081815260200182805461055a90611c29565b80156105a55780601f1061057c576101008083540402835291602001916105a5565b820191905f5260205f20905b81548152906001019060200180831161058857829003601f168201915b5050505050905090565b5f336105bc818585610c23565b5060019392505050565b5f336105d3858285610c30565b6105de858585610cf8565b506001949350505050565b5f8281526008602052604090206001015461060381610da1565b61060d8383610dab565b50505050565b5f61061c610ea8565b905090565b73ffffffffffffffffffffffffffffffffffffffff81163314610670576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61067a8282610fde565b505050565b7f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a66106a981610da1565b61067a838361109b565b6106bd33826110f5565b50565b7f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a66106ea81610da1565b61ffff87165f9081526009602052604090205467ffffffffffffffff9081169087168110610767576040517f909ac75900000000000000000000000000000000000000000000000000000000815261ffff8916600482015267ffffffffffffffff8089166024830152821660448201526064015b60405180910390fd5b8483146107aa576040517fab8b67c6000000000000000000000000000000000000000000000000000000008152600481018690526024810184905260440161075e565b61ffff88165f90815260096020526040812080547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff8a16179055805b8681101561086e5785858281811061080a5761080a611c7a565b905060200201358261081c9190611ca7565b915061086688888381811061083357610833611c7a565b90506020020160208101906108489190611a7d565b87878481811061085a5761085a611c7a565b9050602002013561109b565b6001016107f0565b50604080518281526020810188905267ffffffffffffffff8a169161ffff8c16917f51e8781e4afc051d2fa8730fb50b1d1af2812625c20525eeb2c3e194ead47dd3910160405180910390a3505050505050505050565b6108d0823383610c30565b6108da82826110f5565b5050565b73ffffffffffffffffffffffffffffffffffffffff81165f90815260076020526040812054610519565b5f6060805f5f5f606061091961114f565b61092161117a565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b60606004805461052e90611c29565b5f336105bc818585610cf8565b5f7f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a66109ad81610da1565b600a602052838360051b81015b80821015610a365781356bffffffffffffffffffffffff81169060601c806109ed5763ec442f055f525f6020526024601cfd5b5f818152604081208054840190558281529582019581907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef602082a350506020820191506109ba565b505081600b5f828254610a499190611ca7565b9091555091949350505050565b83421115610a93576040517f627913020000000000000000000000000000000000000000000000000000000081526004810185905260240161075e565b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c9888888610aeb8c73ffffffffffffffffffffffffffffffffffffffff165f90815260076020526040902080546001810190915590565b60408051602081019690965273ffffffffffffffffffffffffffffffffffffffff94851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f610b52826111a5565b90505f610b61828787876111ec565b90508973ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff1614610be8576040517f4b800e4600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff80831660048301528b16602482015260440161075e565b610bf38a8a8a610c23565b50505050505050505050565b5f82815260086020526040902060010154610c1981610da1565b61060d8383610fde565b61067a8383836001611218565b73ffffffffffffffffffffffffffffffffffffffff8381165f908152600160209081526040808320938616835292905220547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff81101561060d5781811015610cea576040517ffb8f41b200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff84166004820152602481018290526044810183905260640161075e565b61060d84848484035f611218565b73ffffffffffffffffffffffffffffffffffffffff8316610d47576040517f96c6fd1e0000000000000000000000000000000000000000000000000000000081525f600482015260240161075e565b73ffffffffffffffffffffffffffffffffffffffff8216610d96576040517fec442f050000000000000000000000000000000000000000000000000000000081525f600482015260240161075e565b61067a83838361135d565b6106bd8133611504565b5f82815260086020908152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff16610ea1575f83815260086020908152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055610e3f3390565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610519565b505f610519565b5f3073ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016148015610f0d57507f000000000000000000000000000000000000000000000000000000000000000046145b15610f3757507f000000000000000000000000000000000000000000000000000000000000000090565b61061c604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f82815260086020908152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff1615610ea1575f83815260086020908152604080832073ffffffffffffffffffffffffffffffffffffffff8616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610519565b73ffffffffffffffffffffffffffffffffffffffff82166110ea576040517fec442f050000000000000000000000000000000000000000000000000000000081525f600482015260240161075e565b6108da5f838361135d565b73ffffffffffffffffffffffffffffffffffffffff8216611144576040517f96c6fd1e0000000000000000000000000000000000000000000000000000000081525f600482015260240161075e565b6108da825f8361135d565b606061061c7f000000000000000000000000000000000000000000000000000000000000000061158b565b606061061c7f000000000000000000000000000000000000000000000000000000000000000061158b565b5f6105196111b1610ea8565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f5f5f5f6111fc888888886115c8565b92509250925061120c82826116bb565b50909695505050505050565b73ffffffffffffffffffffffffffffffffffffffff8416611267576040517fe602df050000000000000000000000000000000000000000000000000000000081525f600482015260240161075e565b73ffffffffffffffffffffffffffffffffffffffff83166112b6576040517f94280d620000000000000000000000000000000000000000000000000000000081525f600482015260240161075e565b73ffffffffffffffffffffffffffffffffffffffff8085165f908152600160209081526040808320938716835292905220829055801561060d578273ffffffffffffffffffffffffffffffffffffffff168473ffffffffffffffffffffffffffffffffffffffff167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258460405161134f91815260200190565b60405180910390a350505050565b73ffffffffffffffffffffffffffffffffffffffff83166113945780600b5f8282546113899190611ca7565b909155506114449050565b73ffffffffffffffffffffffffffffffffffffffff83165f908152600a602052604090205481811015611419576040517fe450d38c00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff85166004820152602481018290526044810183905260640161075e565b73ffffffffffffffffffffffffffffffffffffffff84165f908152600a602052604090209082900390555b73ffffffffffffffffffffffffffffffffffffffff821661146d57600b80548290039055611498565b73ffffffffffffffffffffffffffffffffffffffff82165f908152600a602052604090208054820190555b8173ffffffffffffffffffffffffffffffffffffffff168373ffffffffffffffffffffffffffffffffffffffff167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516114f791815260200190565b60405180910390a3505050565b5f82815260086020908152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff166108da576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff821660048201526024810183905260440161075e565b60605f611597836117be565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561160157505f915060039050826116b1565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015611652573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0015191505073ffffffffffffffffffffffffffffffffffffffff81166116a857505f9250600191508290506116b1565b92505f91508190505b9450945094915050565b5f8260038111156116ce576116ce611cdf565b036116d7575050565b60018260038111156116eb576116eb611cdf565b03611722576040517ff645eedf00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600282600381111561173657611736611cdf565b03611770576040517ffce698f70000000000000000000000000000000000000000000000000000000081526004810182905260240161075e565b600382600381111561178457611784611cdf565b036108da576040517fd78bce0c0000000000000000000000000000000000000000000000000000000081526004810182905260240161075e565b5f60ff8216601f811115610519576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6020828403121561180e575f5ffd5b81357fffffffff000000000000000000000000000000000000000000000000000000008116811461183d575f5ffd5b9392505050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b602081525f61183d6020830184611844565b803573ffffffffffffffffffffffffffffffffffffffff811681146118c5575f5ffd5b919050565b5f5f604083850312156118db575f5ffd5b6118e4836118a2565b946020939093013593505050565b5f5f5f60608486031215611904575f5ffd5b61190d846118a2565b925061191b602085016118a2565b929592945050506040919091013590565b5f6020828403121561193c575f5ffd5b5035919050565b803561ffff811681146118c5575f5ffd5b5f60208284031215611964575f5ffd5b61183d82611943565b5f5f6040838503121561197e575f5ffd5b8235915061198e602084016118a2565b90509250929050565b5f5f83601f8401126119a7575f5ffd5b50813567ffffffffffffffff8111156119be575f5ffd5b6020830191508360208260051b85010111156119d8575f5ffd5b9250929050565b5f5f5f5f5f5f608087890312156119f4575f5ffd5b6119fd87611943565b9550602087013567ffffffffffffffff81168114611a19575f5ffd5b9450604087013567ffffffffffffffff811115611a34575f5ffd5b611a4089828a01611997565b909550935050606087013567ffffffffffffffff811115611a5f575f5ffd5b611a6b89828a01611997565b979a9699509497509295939492505050565b5f60208284031215611a8d575f5ffd5b61183d826118a2565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f611ad060e0830189611844565b8281036040840152611ae28189611844565b6060840188905273ffffffffffffffffffffffffffffffffffffffff8716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015611b44578351835260209384019390920191600101611b26565b50909b9a5050505050505050505050565b5f5f60208385031215611b66575f5ffd5b823567ffffffffffffffff811115611b7c575f5ffd5b611b8885828601611997565b90969095509350505050565b5f5f5f5f5f5f5f60e0888a031215611baa575f5ffd5b611bb3886118a2565b9650611bc1602089016118a2565b95506040880135945060608801359350608088013560ff81168114611be4575f5ffd5b9699959850939692959460a0840135945060c09093013592915050565b5f5f60408385031215611c12575f5ffd5b611c1b836118a2565b915061198e602084016118a2565b600181811c90821680611c3d57607f821691505b602082108103611c74577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b80820180821115610519577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffdfea26469706673582212205fe10c6563c337fbef3d7b53b29a6ccaf7230407d45fb624ed4ccc2a82b96f1b64736f6c63430008250033",
}

// AgoraTokenABI is the input ABI used to generate the binding from.
// Deprecated: Use AgoraTokenMetaData.ABI instead.
var AgoraTokenABI = AgoraTokenMetaData.ABI

// AgoraTokenBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use AgoraTokenMetaData.Bin instead.
var AgoraTokenBin = AgoraTokenMetaData.Bin

// DeployAgoraToken deploys a new Ethereum contract, binding an instance of AgoraToken to it.
func DeployAgoraToken(auth *bind.TransactOpts, backend bind.ContractBackend, minter common.Address) (common.Address, *types.Transaction, *AgoraToken, error) {
	parsed, err := AgoraTokenMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(AgoraTokenBin), backend, minter)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &AgoraToken{AgoraTokenCaller: AgoraTokenCaller{contract: contract}, AgoraTokenTransactor: AgoraTokenTransactor{contract: contract}, AgoraTokenFilterer: AgoraTokenFilterer{contract: contract}}, nil
}

// AgoraToken is an auto generated Go binding around an Ethereum contract.
type AgoraToken struct {
	AgoraTokenCaller     // Read-only binding to the contract
	AgoraTokenTransactor // Write-only binding to the contract
	AgoraTokenFilterer   // Log filterer for contract events
}

// AgoraTokenCaller is an auto generated read-only Go binding around an Ethereum contract.
type AgoraTokenCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// AgoraTokenTransactor is an auto generated write-only Go binding around an Ethereum contract.
type AgoraTokenTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// AgoraTokenFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type AgoraTokenFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// AgoraTokenSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type AgoraTokenSession struct {
	Contract     *AgoraToken       // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// AgoraTokenCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type AgoraTokenCallerSession struct {
	Contract *AgoraTokenCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts     // Call options to use throughout this session
}

// AgoraTokenTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type AgoraTokenTransactorSession struct {
	Contract     *AgoraTokenTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts     // Transaction auth options to use throughout this session
}

// AgoraTokenRaw is an auto generated low-level Go binding around an Ethereum contract.
type AgoraTokenRaw struct {
	Contract *AgoraToken // Generic contract binding to access the raw methods on
}

// AgoraTokenCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type AgoraTokenCallerRaw struct {
	Contract *AgoraTokenCaller // Generic read-only contract binding to access the raw methods on
}

// AgoraTokenTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type AgoraTokenTransactorRaw struct {
	Contract *AgoraTokenTransactor // Generic write-only contract binding to access the raw methods on
}

// NewAgoraToken creates a new instance of AgoraToken, bound to a specific deployed contract.
func NewAgoraToken(address common.Address, backend bind.ContractBackend) (*AgoraToken, error) {
	contract, err := bindAgoraToken(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &AgoraToken{AgoraTokenCaller: AgoraTokenCaller{contract: contract}, AgoraTokenTransactor: AgoraTokenTransactor{contract: contract}, AgoraTokenFilterer: AgoraTokenFilterer{contract: contract}}, nil
}

// NewAgoraTokenCaller creates a new read-only instance of AgoraToken, bound to a specific deployed contract.
func NewAgoraTokenCaller(address common.Address, caller bind.ContractCaller) (*AgoraTokenCaller, error) {
	contract, err := bindAgoraToken(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &AgoraTokenCaller{contract: contract}, nil
}

// NewAgoraTokenTransactor creates a new write-only instance of AgoraToken, bound to a specific deployed contract.
func NewAgoraTokenTransactor(address common.Address, transactor bind.ContractTransactor) (*AgoraTokenTransactor, error) {
	contract, err := bindAgoraToken(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &AgoraTokenTransactor{contract: contract}, nil
}

// NewAgoraTokenFilterer creates a new log filterer instance of AgoraToken, bound to a specific deployed contract.
func NewAgoraTokenFilterer(address common.Address, filterer bind.ContractFilterer) (*AgoraTokenFilterer, error) {
	contract, err := bindAgoraToken(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &AgoraTokenFilterer{contract: contract}, nil
}

// bindAgoraToken binds a generic wrapper to an already deployed contract.
func bindAgoraToken(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := AgoraTokenMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_AgoraToken *AgoraTokenRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _AgoraToken.Contract.AgoraTokenCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_AgoraToken *AgoraTokenRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _AgoraToken.Contract.AgoraTokenTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_AgoraToken *AgoraTokenRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _AgoraToken.Contract.AgoraTokenTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_AgoraToken *AgoraTokenCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _AgoraToken.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_AgoraToken *AgoraTokenTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _AgoraToken.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_AgoraToken *AgoraTokenTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _AgoraToken.Contract.contract.Transact(opts, method, params...)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_AgoraToken *AgoraTokenCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_AgoraToken *AgoraTokenSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _AgoraToken.Contract.DEFAULTADMINROLE(&_AgoraToken.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_AgoraToken *AgoraTokenCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _AgoraToken.Contract.DEFAULTADMINROLE(&_AgoraToken.CallOpts)
}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_AgoraToken *AgoraTokenCaller) DOMAINSEPARATOR(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "DOMAIN_SEPARATOR")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_AgoraToken *AgoraTokenSession) DOMAINSEPARATOR() ([32]byte, error) {
	return _AgoraToken.Contract.DOMAINSEPARATOR(&_AgoraToken.CallOpts)
}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_AgoraToken *AgoraTokenCallerSession) DOMAINSEPARATOR() ([32]byte, error) {
	return _AgoraToken.Contract.DOMAINSEPARATOR(&_AgoraToken.CallOpts)
}

// MINTERROLE is a free data retrieval call binding the contract method 0xd5391393.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (_AgoraToken *AgoraTokenCaller) MINTERROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "MINTER_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// MINTERROLE is a free data retrieval call binding the contract method 0xd5391393.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (_AgoraToken *AgoraTokenSession) MINTERROLE() ([32]byte, error) {
	return _AgoraToken.Contract.MINTERROLE(&_AgoraToken.CallOpts)
}

// MINTERROLE is a free data retrieval call binding the contract method 0xd5391393.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (_AgoraToken *AgoraTokenCallerSession) MINTERROLE() ([32]byte, error) {
	return _AgoraToken.Contract.MINTERROLE(&_AgoraToken.CallOpts)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_AgoraToken *AgoraTokenCaller) Allowance(opts *bind.CallOpts, owner common.Address, spender common.Address) (*big.Int, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "allowance", owner, spender)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_AgoraToken *AgoraTokenSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _AgoraToken.Contract.Allowance(&_AgoraToken.CallOpts, owner, spender)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_AgoraToken *AgoraTokenCallerSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _AgoraToken.Contract.Allowance(&_AgoraToken.CallOpts, owner, spender)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_AgoraToken *AgoraTokenCaller) BalanceOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "balanceOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_AgoraToken *AgoraTokenSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _AgoraToken.Contract.BalanceOf(&_AgoraToken.CallOpts, account)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_AgoraToken *AgoraTokenCallerSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _AgoraToken.Contract.BalanceOf(&_AgoraToken.CallOpts, account)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (_AgoraToken *AgoraTokenCaller) Decimals(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "decimals")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (_AgoraToken *AgoraTokenSession) Decimals() (uint8, error) {
	return _AgoraToken.Contract.Decimals(&_AgoraToken.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (_AgoraToken *AgoraTokenCallerSession) Decimals() (uint8, error) {
	return _AgoraToken.Contract.Decimals(&_AgoraToken.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_AgoraToken *AgoraTokenCaller) Eip712Domain(opts *bind.CallOpts) (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "eip712Domain")

	outstruct := new(struct {
		Fields            [1]byte
		Name              string
		Version           string
		ChainId           *big.Int
		VerifyingContract common.Address
		Salt              [32]byte
		Extensions        []*big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)

	return *outstruct, err

}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_AgoraToken *AgoraTokenSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _AgoraToken.Contract.Eip712Domain(&_AgoraToken.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_AgoraToken *AgoraTokenCallerSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _AgoraToken.Contract.Eip712Domain(&_AgoraToken.CallOpts)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_AgoraToken *AgoraTokenCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_AgoraToken *AgoraTokenSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _AgoraToken.Contract.GetRoleAdmin(&_AgoraToken.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_AgoraToken *AgoraTokenCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _AgoraToken.Contract.GetRoleAdmin(&_AgoraToken.CallOpts, role)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_AgoraToken *AgoraTokenCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_AgoraToken *AgoraTokenSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _AgoraToken.Contract.HasRole(&_AgoraToken.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_AgoraToken *AgoraTokenCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _AgoraToken.Contract.HasRole(&_AgoraToken.CallOpts, role, account)
}

// LastPaidEpoch is a free data retrieval call binding the contract method 0x29d89f5c.
//
// Solidity: function lastPaidEpoch(uint16 subnet) view returns(uint64 epoch)
func (_AgoraToken *AgoraTokenCaller) LastPaidEpoch(opts *bind.CallOpts, subnet uint16) (uint64, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "lastPaidEpoch", subnet)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// LastPaidEpoch is a free data retrieval call binding the contract method 0x29d89f5c.
//
// Solidity: function lastPaidEpoch(uint16 subnet) view returns(uint64 epoch)
func (_AgoraToken *AgoraTokenSession) LastPaidEpoch(subnet uint16) (uint64, error) {
	return _AgoraToken.Contract.LastPaidEpoch(&_AgoraToken.CallOpts, subnet)
}

// LastPaidEpoch is a free data retrieval call binding the contract method 0x29d89f5c.
//
// Solidity: function lastPaidEpoch(uint16 subnet) view returns(uint64 epoch)
func (_AgoraToken *AgoraTokenCallerSession) LastPaidEpoch(subnet uint16) (uint64, error) {
	return _AgoraToken.Contract.LastPaidEpoch(&_AgoraToken.CallOpts, subnet)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_AgoraToken *AgoraTokenCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_AgoraToken *AgoraTokenSession) Name() (string, error) {
	return _AgoraToken.Contract.Name(&_AgoraToken.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_AgoraToken *AgoraTokenCallerSession) Name() (string, error) {
	return _AgoraToken.Contract.Name(&_AgoraToken.CallOpts)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_AgoraToken *AgoraTokenCaller) Nonces(opts *bind.CallOpts, owner common.Address) (*big.Int, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "nonces", owner)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_AgoraToken *AgoraTokenSession) Nonces(owner common.Address) (*big.Int, error) {
	return _AgoraToken.Contract.Nonces(&_AgoraToken.CallOpts, owner)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_AgoraToken *AgoraTokenCallerSession) Nonces(owner common.Address) (*big.Int, error) {
	return _AgoraToken.Contract.Nonces(&_AgoraToken.CallOpts, owner)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_AgoraToken *AgoraTokenCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_AgoraToken *AgoraTokenSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _AgoraToken.Contract.SupportsInterface(&_AgoraToken.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_AgoraToken *AgoraTokenCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _AgoraToken.Contract.SupportsInterface(&_AgoraToken.CallOpts, interfaceId)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_AgoraToken *AgoraTokenCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_AgoraToken *AgoraTokenSession) Symbol() (string, error) {
	return _AgoraToken.Contract.Symbol(&_AgoraToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_AgoraToken *AgoraTokenCallerSession) Symbol() (string, error) {
	return _AgoraToken.Contract.Symbol(&_AgoraToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_AgoraToken *AgoraTokenCaller) TotalSupply(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "totalSupply")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_AgoraToken *AgoraTokenSession) TotalSupply() (*big.Int, error) {
	return _AgoraToken.Contract.TotalSupply(&_AgoraToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_AgoraToken *AgoraTokenCallerSession) TotalSupply() (*big.Int, error) {
	return _AgoraToken.Contract.TotalSupply(&_AgoraToken.CallOpts)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_AgoraToken *AgoraTokenTransactor) Approve(opts *bind.TransactOpts, spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _AgoraToken.contract.Transact(opts, "approve", spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_AgoraToken *AgoraTokenSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _AgoraToken.Contract.Approve(&_AgoraToken.TransactOpts, spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_AgoraToken *AgoraTokenTransactorSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _AgoraToken.Contract.Approve(&_AgoraToken.TransactOpts, spender, value)
}

// Burn is a paid mutator transaction binding the contract method 0x42966c68.
//
// Solidity: function burn(uint256 amount) returns()
func (_AgoraToken *AgoraTokenTransactor) Burn(opts *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
	return _AgoraToken.contract.Transact(opts, "burn", amount)
}

// Burn is a paid mutator transaction binding the contract method 0x42966c68.
//
// Solidity: function burn(uint256 amount) returns()
func (_AgoraToken *AgoraTokenSession) Burn(amount *big.Int) (*types.Transaction, error) {
	return _AgoraToken.Contract.Burn(&_AgoraToken.TransactOpts, amount)
}

// Burn is a paid mutator transaction binding the contract method 0x42966c68.
//
// Solidity: function burn(uint256 amount) returns()
func (_AgoraToken *AgoraTokenTransactorSession) Burn(amount *big.Int) (*types.Transaction, error) {
	return _AgoraToken.Contract.Burn(&_AgoraToken.TransactOpts, amount)
}

// BurnFrom is a paid mutator transaction binding the contract method 0x79cc6790.
//
// Solidity: function burnFrom(address account, uint256 amount) returns()
func (_AgoraToken *AgoraTokenTransactor) BurnFrom(opts *bind.TransactOpts, account common.Address, amount *big.Int) (*types.Transaction, error) {
	return _AgoraToken.contract.Transact(opts, "burnFrom", account, amount)
}

// BurnFrom is a paid mutator transaction binding the contract method 0x79cc6790.
//
// Solidity: function burnFrom(address account, uint256 amount) returns()
func (_AgoraToken *AgoraTokenSession) BurnFrom(account common.Address, amount *big.Int) (*types.Transaction, error) {
	return _AgoraToken.Contract.BurnFrom(&_AgoraToken.TransactOpts, account, amount)
}

// BurnFrom is a paid mutator transaction binding the contract method 0x79cc6790.
//
// Solidity: function burnFrom(address account, uint256 amount) returns()
func (_AgoraToken *AgoraTokenTransactorSession) BurnFrom(account common.Address, amount *big.Int) (*types.Transaction, error) {
	return _AgoraToken.Contract.BurnFrom(&_AgoraToken.TransactOpts, account, amount)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_AgoraToken *AgoraTokenTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _AgoraToken.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_AgoraToken *AgoraTokenSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _AgoraToken.Contract.GrantRole(&_AgoraToken.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_AgoraToken *AgoraTokenTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _AgoraToken.Contract.GrantRole(&_AgoraToken.TransactOpts, role, account)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_AgoraToken *AgoraTokenTransactor) Mint(opts *bind.TransactOpts, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _AgoraToken.contract.Transact(opts, "mint", to, amount)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_AgoraToken *AgoraTokenSession) Mint(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _AgoraToken.Contract.Mint(&_AgoraToken.TransactOpts, to, amount)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_AgoraToken *AgoraTokenTransactorSession) Mint(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _AgoraToken.Contract.Mint(&_AgoraToken.TransactOpts, to, amount)
}

// MintBatch is a paid mutator transaction binding the contract method 0xbdc49095.
//
// Solidity: function mintBatch(bytes32[] packed) returns(uint256 total)
func (_AgoraToken *AgoraTokenTransactor) MintBatch(opts *bind.TransactOpts, packed [][32]byte) (*types.Transaction, error) {
	return _AgoraToken.contract.Transact(opts, "mintBatch", packed)
}

// MintBatch is a paid mutator transaction binding the contract method 0xbdc49095.
//
// Solidity: function mintBatch(bytes32[] packed) returns(uint256 total)
func (_AgoraToken *AgoraTokenSession) MintBatch(packed [][32]byte) (*types.Transaction, error) {
	return _AgoraToken.Contract.MintBatch(&_AgoraToken.TransactOpts, packed)
}

// MintBatch is a paid mutator transaction binding the contract method 0xbdc49095.
//
// Solidity: function mintBatch(bytes32[] packed) returns(uint256 total)
func (_AgoraToken *AgoraTokenTransactorSession) MintBatch(packed [][32]byte) (*types.Transaction, error) {
	return _AgoraToken.Contract.MintBatch(&_AgoraToken.TransactOpts, packed)
}

// PayEpoch is a paid mutator transaction binding the contract method 0x6606fd09.
//
// Solidity: function payEpoch(uint16 subnet, uint64 epoch, address[] recipients, uint256[] amounts) returns()
func (_AgoraToken *AgoraTokenTransactor) PayEpoch(opts *bind.TransactOpts, subnet uint16, epoch uint64, recipients []common.Address, amounts []*big.Int) (*types.Transaction, error) {
	return _AgoraToken.contract.Transact(opts, "payEpoch", subnet, epoch, recipients, amounts)
}

// PayEpoch is a paid mutator transaction binding the contract method 0x6606fd09.
//
// Solidity: function payEpoch(uint16 subnet, uint64 epoch, address[] recipients, uint256[] amounts) returns()
func (_AgoraToken *AgoraTokenSession) PayEpoch(subnet uint16, epoch uint64, recipients []common.Address, amounts []*big.Int) (*types.Transaction, error) {
	return _AgoraToken.Contract.PayEpoch(&_AgoraToken.TransactOpts, subnet, epoch, recipients, amounts)
}

// PayEpoch is a paid mutator transaction binding the contract method 0x6606fd09.
//
// Solidity: function payEpoch(uint16 subnet, uint64 epoch, address[] recipients, uint256[] amounts) returns()
func (_AgoraToken *AgoraTokenTransactorSession) PayEpoch(subnet uint16, epoch uint64, recipients []common.Address, amounts []*big.Int) (*types.Transaction, error) {
	return _AgoraToken.Contract.PayEpoch(&_AgoraToken.TransactOpts, subnet, epoch, recipients, amounts)
}

// Permit is a paid mutator transaction binding the contract method 0xd505accf.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_AgoraToken *AgoraTokenTransactor) Permit(opts *bind.TransactOpts, owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _AgoraToken.contract.Transact(opts, "permit", owner, spender, value, deadline, v, r, s)
}

// Permit is a paid mutator transaction binding the contract method 0xd505accf.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_AgoraToken *AgoraTokenSession) Permit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _AgoraToken.Contract.Permit(&_AgoraToken.TransactOpts, owner, spender, value, deadline, v, r, s)
}

// Permit is a paid mutator transaction binding the contract method 0xd505accf.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_AgoraToken *AgoraTokenTransactorSession) Permit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _AgoraToken.Contract.Permit(&_AgoraToken.TransactOpts, owner, spender, value, deadline, v, r, s)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_AgoraToken *AgoraTokenTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _AgoraToken.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_AgoraToken *AgoraTokenSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _AgoraToken.Contract.RenounceRole(&_AgoraToken.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_AgoraToken *AgoraTokenTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _AgoraToken.Contract.RenounceRole(&_AgoraToken.TransactOpts, role, callerConfirmation)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_AgoraToken *AgoraTokenTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _AgoraToken.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_AgoraToken *AgoraTokenSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _AgoraToken.Contract.RevokeRole(&_AgoraToken.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_AgoraToken *AgoraTokenTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _AgoraToken.Contract.RevokeRole(&_AgoraToken.TransactOpts, role, account)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_AgoraToken *AgoraTokenTransactor) Transfer(opts *bind.TransactOpts, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _AgoraToken.contract.Transact(opts, "transfer", to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_AgoraToken *AgoraTokenSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _AgoraToken.Contract.Transfer(&_AgoraToken.TransactOpts, to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_AgoraToken *AgoraTokenTransactorSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _AgoraToken.Contract.Transfer(&_AgoraToken.TransactOpts, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_AgoraToken *AgoraTokenTransactor) TransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _AgoraToken.contract.Transact(opts, "transferFrom", from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_AgoraToken *AgoraTokenSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _AgoraToken.Contract.TransferFrom(&_AgoraToken.TransactOpts, from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_AgoraToken *AgoraTokenTransactorSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _AgoraToken.Contract.TransferFrom(&_AgoraToken.TransactOpts, from, to, value)
}

// AgoraTokenApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the AgoraToken contract.
type AgoraTokenApprovalIterator struct {
	Event *AgoraTokenApproval // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgoraTokenApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgoraTokenApproval)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgoraTokenApproval)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgoraTokenApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgoraTokenApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgoraTokenApproval represents a Approval event raised by the AgoraToken contract.
type AgoraTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_AgoraToken *AgoraTokenFilterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, spender []common.Address) (*AgoraTokenApprovalIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _AgoraToken.contract.FilterLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return &AgoraTokenApprovalIterator{contract: _AgoraToken.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_AgoraToken *AgoraTokenFilterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *AgoraTokenApproval, owner []common.Address, spender []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _AgoraToken.contract.WatchLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgoraTokenApproval)
				if err := _AgoraToken.contract.UnpackLog(event, "Approval", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseApproval is a log parse operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_AgoraToken *AgoraTokenFilterer) ParseApproval(log types.Log) (*AgoraTokenApproval, error) {
	event := new(AgoraTokenApproval)
	if err := _AgoraToken.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgoraTokenEIP712DomainChangedIterator is returned from FilterEIP712DomainChanged and is used to iterate over the raw logs and unpacked data for EIP712DomainChanged events raised by the AgoraToken contract.
type AgoraTokenEIP712DomainChangedIterator struct {
	Event *AgoraTokenEIP712DomainChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgoraTokenEIP712DomainChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgoraTokenEIP712DomainChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgoraTokenEIP712DomainChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgoraTokenEIP712DomainChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgoraTokenEIP712DomainChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgoraTokenEIP712DomainChanged represents a EIP712DomainChanged event raised by the AgoraToken contract.
type AgoraTokenEIP712DomainChanged struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterEIP712DomainChanged is a free log retrieval operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_AgoraToken *AgoraTokenFilterer) FilterEIP712DomainChanged(opts *bind.FilterOpts) (*AgoraTokenEIP712DomainChangedIterator, error) {

	logs, sub, err := _AgoraToken.contract.FilterLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return &AgoraTokenEIP712DomainChangedIterator{contract: _AgoraToken.contract, event: "EIP712DomainChanged", logs: logs, sub: sub}, nil
}

// WatchEIP712DomainChanged is a free log subscription operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_AgoraToken *AgoraTokenFilterer) WatchEIP712DomainChanged(opts *bind.WatchOpts, sink chan<- *AgoraTokenEIP712DomainChanged) (event.Subscription, error) {

	logs, sub, err := _AgoraToken.contract.WatchLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgoraTokenEIP712DomainChanged)
				if err := _AgoraToken.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseEIP712DomainChanged is a log parse operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_AgoraToken *AgoraTokenFilterer) ParseEIP712DomainChanged(log types.Log) (*AgoraTokenEIP712DomainChanged, error) {
	event := new(AgoraTokenEIP712DomainChanged)
	if err := _AgoraToken.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgoraTokenEpochPaidIterator is returned from FilterEpochPaid and is used to iterate over the raw logs and unpacked data for EpochPaid events raised by the AgoraToken contract.
type AgoraTokenEpochPaidIterator struct {
	Event *AgoraTokenEpochPaid // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgoraTokenEpochPaidIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgoraTokenEpochPaid)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgoraTokenEpochPaid)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgoraTokenEpochPaidIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgoraTokenEpochPaidIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgoraTokenEpochPaid represents a EpochPaid event raised by the AgoraToken contract.
type AgoraTokenEpochPaid struct {
	Subnet     uint16
	Epoch      uint64
	Total      *big.Int
	Recipients *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterEpochPaid is a free log retrieval operation binding the contract event 0x51e8781e4afc051d2fa8730fb50b1d1af2812625c20525eeb2c3e194ead47dd3.
//
// Solidity: event EpochPaid(uint16 indexed subnet, uint64 indexed epoch, uint256 total, uint256 recipients)
func (_AgoraToken *AgoraTokenFilterer) FilterEpochPaid(opts *bind.FilterOpts, subnet []uint16, epoch []uint64) (*AgoraTokenEpochPaidIterator, error) {

	var subnetRule []interface{}
	for _, subnetItem := range subnet {
		subnetRule = append(subnetRule, subnetItem)
	}
	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}

	logs, sub, err := _AgoraToken.contract.FilterLogs(opts, "EpochPaid", subnetRule, epochRule)
	if err != nil {
		return nil, err
	}
	return &AgoraTokenEpochPaidIterator{contract: _AgoraToken.contract, event: "EpochPaid", logs: logs, sub: sub}, nil
}

// WatchEpochPaid is a free log subscription operation binding the contract event 0x51e8781e4afc051d2fa8730fb50b1d1af2812625c20525eeb2c3e194ead47dd3.
//
// Solidity: event EpochPaid(uint16 indexed subnet, uint64 indexed epoch, uint256 total, uint256 recipients)
func (_AgoraToken *AgoraTokenFilterer) WatchEpochPaid(opts *bind.WatchOpts, sink chan<- *AgoraTokenEpochPaid, subnet []uint16, epoch []uint64) (event.Subscription, error) {

	var subnetRule []interface{}
	for _, subnetItem := range subnet {
		subnetRule = append(subnetRule, subnetItem)
	}
	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}

	logs, sub, err := _AgoraToken.contract.WatchLogs(opts, "EpochPaid", subnetRule, epochRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgoraTokenEpochPaid)
				if err := _AgoraToken.contract.UnpackLog(event, "EpochPaid", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseEpochPaid is a log parse operation binding the contract event 0x51e8781e4afc051d2fa8730fb50b1d1af2812625c20525eeb2c3e194ead47dd3.
//
// Solidity: event EpochPaid(uint16 indexed subnet, uint64 indexed epoch, uint256 total, uint256 recipients)
func (_AgoraToken *AgoraTokenFilterer) ParseEpochPaid(log types.Log) (*AgoraTokenEpochPaid, error) {
	event := new(AgoraTokenEpochPaid)
	if err := _AgoraToken.contract.UnpackLog(event, "EpochPaid", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgoraTokenRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the AgoraToken contract.
type AgoraTokenRoleAdminChangedIterator struct {
	Event *AgoraTokenRoleAdminChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgoraTokenRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgoraTokenRoleAdminChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgoraTokenRoleAdminChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgoraTokenRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgoraTokenRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgoraTokenRoleAdminChanged represents a RoleAdminChanged event raised by the AgoraToken contract.
type AgoraTokenRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_AgoraToken *AgoraTokenFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*AgoraTokenRoleAdminChangedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _AgoraToken.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &AgoraTokenRoleAdminChangedIterator{contract: _AgoraToken.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_AgoraToken *AgoraTokenFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *AgoraTokenRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _AgoraToken.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgoraTokenRoleAdminChanged)
				if err := _AgoraToken.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleAdminChanged is a log parse operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_AgoraToken *AgoraTokenFilterer) ParseRoleAdminChanged(log types.Log) (*AgoraTokenRoleAdminChanged, error) {
	event := new(AgoraTokenRoleAdminChanged)
	if err := _AgoraToken.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgoraTokenRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the AgoraToken contract.
type AgoraTokenRoleGrantedIterator struct {
	Event *AgoraTokenRoleGranted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgoraTokenRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgoraTokenRoleGranted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgoraTokenRoleGranted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgoraTokenRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgoraTokenRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgoraTokenRoleGranted represents a RoleGranted event raised by the AgoraToken contract.
type AgoraTokenRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_AgoraToken *AgoraTokenFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*AgoraTokenRoleGrantedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _AgoraToken.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &AgoraTokenRoleGrantedIterator{contract: _AgoraToken.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_AgoraToken *AgoraTokenFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *AgoraTokenRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _AgoraToken.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgoraTokenRoleGranted)
				if err := _AgoraToken.contract.UnpackLog(event, "RoleGranted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleGranted is a log parse operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_AgoraToken *AgoraTokenFilterer) ParseRoleGranted(log types.Log) (*AgoraTokenRoleGranted, error) {
	event := new(AgoraTokenRoleGranted)
	if err := _AgoraToken.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgoraTokenRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the AgoraToken contract.
type AgoraTokenRoleRevokedIterator struct {
	Event *AgoraTokenRoleRevoked // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgoraTokenRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgoraTokenRoleRevoked)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgoraTokenRoleRevoked)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgoraTokenRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgoraTokenRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgoraTokenRoleRevoked represents a RoleRevoked event raised by the AgoraToken contract.
type AgoraTokenRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_AgoraToken *AgoraTokenFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*AgoraTokenRoleRevokedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _AgoraToken.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &AgoraTokenRoleRevokedIterator{contract: _AgoraToken.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_AgoraToken *AgoraTokenFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *AgoraTokenRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _AgoraToken.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgoraTokenRoleRevoked)
				if err := _AgoraToken.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleRevoked is a log parse operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_AgoraToken *AgoraTokenFilterer) ParseRoleRevoked(log types.Log) (*AgoraTokenRoleRevoked, error) {
	event := new(AgoraTokenRoleRevoked)
	if err := _AgoraToken.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgoraTokenTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the AgoraToken contract.
type AgoraTokenTransferIterator struct {
	Event *AgoraTokenTransfer // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgoraTokenTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgoraTokenTransfer)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgoraTokenTransfer)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgoraTokenTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgoraTokenTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgoraTokenTransfer represents a Transfer event raised by the AgoraToken contract.
type AgoraTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_AgoraToken *AgoraTokenFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*AgoraTokenTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _AgoraToken.contract.FilterLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &AgoraTokenTransferIterator{contract: _AgoraToken.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_AgoraToken *AgoraTokenFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *AgoraTokenTransfer, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _AgoraToken.contract.WatchLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgoraTokenTransfer)
				if err := _AgoraToken.contract.UnpackLog(event, "Transfer", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTransfer is a log parse operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_AgoraToken *AgoraTokenFilterer) ParseTransfer(log types.Log) (*AgoraTokenTransfer, error) {
	event := new(AgoraTokenTransfer)
	if err := _AgoraToken.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
