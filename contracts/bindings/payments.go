// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// RelayPaymentsSignedVoucher is an auto generated low-level Go binding around an user-defined struct.
type RelayPaymentsSignedVoucher struct {
	Voucher RelayPaymentsVoucher
	R       [32]byte
	Vs      [32]byte
}

// RelayPaymentsVoucher is an auto generated low-level Go binding around an user-defined struct.
type RelayPaymentsVoucher struct {
	Payer      common.Address
	Relay      common.Address
	Token      common.Address
	Cumulative *big.Int
	Epoch      uint64
	Expiry     uint64
}

// RelayPaymentsMetaData contains all meta data concerning the RelayPayments contract.
var RelayPaymentsMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"voucherLifetime_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"claimWindow_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadParameter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"BadVoucherSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyBatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EthValueMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoFunds\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoPendingRequest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"relay\",\"type\":\"address\"}],\"name\":\"NotRelay\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cumulative\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"}],\"name\":\"StillLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"VoucherExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"VoucherLifetimeTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"current\",\"type\":\"uint64\"}],\"name\":\"VoucherRevoked\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"relay\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"unpaid\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"relay\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"claims\",\"type\":\"bytes\"}],\"name\":\"ClaimedBatch\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"relay\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"CollateralAllocated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"relay\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"CollateralReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"relay\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"EarningsWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"EpochBumped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"relay\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"}],\"name\":\"ReleaseRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"SignerChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"}],\"name\":\"WithdrawalRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ETH\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VOUCHER_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"relay\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"allocate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bumpEpoch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"relay\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"channel\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"collateral\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"relay\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cumulative\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"internalType\":\"structRelayPayments.Voucher\",\"name\":\"v\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"}],\"name\":\"claim\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"relay\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cumulative\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"internalType\":\"structRelayPayments.Voucher\",\"name\":\"voucher\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"}],\"internalType\":\"structRelayPayments.SignedVoucher[]\",\"name\":\"items\",\"type\":\"tuple[]\"}],\"name\":\"claimBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"relay\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cumulative\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"internalType\":\"structRelayPayments.Voucher\",\"name\":\"v\",\"type\":\"tuple\"}],\"name\":\"claimable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositETH\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"relay\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"earnings\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"free\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"}],\"name\":\"payerInfo\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"relay\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"pendingRelease\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"pendingWithdrawal\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"relay\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"releaseCollateral\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"relay\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestRelease\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"setSigner\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"relay\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cumulative\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"internalType\":\"structRelayPayments.Voucher\",\"name\":\"v\",\"type\":\"tuple\"}],\"name\":\"voucherDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"voucherLifetime\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"withdrawEarnings\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawalDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "7684df577f5b517309ea7ca7b2688a634f",
	Bin: "0x6101c0806040523461021157604081612c2f80380380916100208285610215565b8339810103126102115761003f60206100388361024c565b920161024c565b60405161004d604082610215565b60128152602081019071776566742052656c61795061796d656e747360701b82526040519161007d604084610215565b600183526020830191603160f81b835261009681610260565b610120526100a384610260565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261010c60c082610215565b5190206080523060c0526001600160401b0382169182158015610200575b6101f157610160526101808190526001600160401b03908116919091019081116101dd576101a05260405161296390816102cc823960805181612615015260a051816126d2015260c051816125e6015260e051816126640152610100518161268a01526101205181611493015261014051816114bc015261016051818181610220015281816109090152610d6301526101805181610c8801526101a051818181610a460152818161113a0152611d110152f35b634e487b7160e01b5f52601160045260245ffd5b634762470b60e11b5f5260045ffd5b506001600160401b0382161561012a565b5f80fd5b601f909101601f19168101906001600160401b0382119082101761023857604052565b634e487b7160e01b5f52604160045260245ffd5b51906001600160401b038216820361021157565b601f81511161028b57602081519101516020821061027c571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe60806040526004361015610011575f80fd5b5f3560e01c80632af2cecc14611ff55780632de02bfa14611e4d5780633636e9b014611cb85780633d4d8d4f14611be357806347e7ef241461195657806351cff8d9146117c5578063676871fe1461175b5780636bf4db001461162f5780636c19e783146115a95780638322fff21461158f57806384b0196e1461147b578063851f07dc1461120b578063889de79c146111b357806394739e8714611179578063a1b2ead61461115e578063a7ab69611461111a578063b7109c3c14610d00578063c5cafb8814610cac578063c5d37ae114610c68578063d6044f1d14610b9e578063da95ebf7146109df578063e0f8961a1461092d578063ef661482146108e9578063f6326fb31461085e578063f698da2514610844578063fc351637146107a45763fde13f8d14610142575f80fd5b346107a05760206003193601126107a05760043567ffffffffffffffff81116107a057366023820112156107a05780600401359067ffffffffffffffff82116107a0573660248360081b830101116107a0575f8215610778576101a7606483016121e4565b925f93603482029180830460340361074b576020830180931161074b579392947fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe061020a6101f485612308565b94610202604051968761218d565b808652612308565b013660208501375f915f9467ffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016906001600160a01b033316935b888810156107335760248860081b8301019060408201898961026e836121e4565b6001600160a01b03808a16911603610710575b505060e083013560208401336001600160a01b0361029e836121e4565b16036106cf575067ffffffffffffffff6102ba60a086016124cf565b168042116106a457864282031161067957506001600160a01b036102dd856121e4565b165f52600260205260405f20549067ffffffffffffffff8260a01c16608086018167ffffffffffffffff610310836124cf565b16036106385750506001600160a01b0361037361036a8293610331896124e4565b907f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff81169160ff601b60c08d013593821c0116906128ab565b909291926127d3565b1691168114158061061d575b6105f257506060830135906fffffffffffffffffffffffffffffffff82116105c6576001600160a01b036103b2856121e4565b165f52600460205260405f20885f5260205260405f206001600160a01b036103d9836121e4565b165f5260205260405f2080546fffffffffffffffffffffffffffffffff81169081851115610596578d9493828503939260809290921c91908285116104a157505082900360801b7fffffffffffffffffffffffffffffffff00000000000000000000000000000000166fffffffffffffffffffffffffffffffff9390931692909217909155600193909283929091604490603461047986805b03926121e4565b93028d019260601b60208401528460801b603484015260801b910152019a019701969861024d565b929395509593506104ba6104b4886121e4565b926121e4565b6001600160a01b03828703931690815f52600360205260405f206001600160a01b0382165f5260205260405f2054938481105f1461058f57935b848061055d575b50505050019384156105355784016fffffffffffffffffffffffffffffffff16905560019383928c91604491603490610479908790610472565b7f43f9e110000000000000000000000000000000000000000000000000000000005f5260045ffd5b61056691612115565b915f5260036020526001600160a01b0360405f2091165f5260205260405f20555f8080846104fb565b50836104f4565b50837fdb2e1063000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b507f08083b2a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f0c46356c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b506001600160a01b0361062f856121e4565b1681141561037f565b61064a67ffffffffffffffff916124cf565b7f865d54f9000000000000000000000000000000000000000000000000000000005f521660045260245260445ffd5b7fddb53825000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f68641fc4000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6106e06001600160a01b03916121e4565b7fadb76764000000000000000000000000000000000000000000000000000000005f52336004521660245260445ffd5b909261071f94979992996126f8565b610728856121e4565b925f88968989610281565b896107438a888a602095896126f8565b604051908152f35b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b7fc2e5347d000000000000000000000000000000000000000000000000000000005f5260045ffd5b5f80fd5b346107a05760606003193601126107a0576107bd612049565b6107c561205f565b6001600160a01b036107d5612075565b92165f5260046020526001600160a01b0360405f2091165f526020526001600160a01b0360405f2091165f526020526040805f20602082519161081783612144565b54916fffffffffffffffffffffffffffffffff83169283825260801c918291015282519182526020820152f35b346107a0575f6003193601126107a05760206107436125dc565b5f6003193601126107a05734156108c157335f52600360205260405f205f805260205260405f20610890348254612108565b90555f6040513481527f8752a472e571a816aea92eec8dae9baf628e840f4929fbcc2d155e6233ff68a760203392a3005b7f1f2a2005000000000000000000000000000000000000000000000000000000005f5260045ffd5b346107a0575f6003193601126107a057602060405167ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346107a05760606003193601126107a057610946612049565b61094e61205f565b6001600160a01b0361095e612075565b92165f5260076020526001600160a01b0360405f2091165f526020526001600160a01b0360405f2091165f52602052602060405f20604051906109a082612144565b546fffffffffffffffffffffffffffffffff811680835260809190911c67ffffffffffffffff1692909101829052604080519182526020820192909252f35b346107a05760406003193601126107a0576109f8612049565b60243580156108c1576fffffffffffffffffffffffffffffffff8111610b73577f99917c09ff0ca44503897d7fbced1728758961df7b8b79579df03a556064dd766001600160a01b03610a757f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff4216612122565b93604051610a8281612144565b6fffffffffffffffffffffffffffffffff851681526020810167ffffffffffffffff87168152335f52600660205260405f208484165f526020526fffffffffffffffffffffffffffffffff8060405f20935116167fffffffffffffffffffffffffffffffff00000000000000000000000000000000835416178255517fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff77ffffffffffffffff0000000000000000000000000000000083549260801b169116179055610b6e604051928392169533958390929167ffffffffffffffff6020916040840195845216910152565b0390a3005b7f08083b2a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346107a0575f6003193601126107a057335f526002602052600167ffffffffffffffff60405f205460a01c160167ffffffffffffffff811161074b57335f52600260205260405f2080547fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff7bffffffffffffffff00000000000000000000000000000000000000008460a01b16911617905567ffffffffffffffff604051911681527fe9b32bb38657e2fd917bd8614b148f8186f69a6ae4aeea80e74a3e78d4a9f4c760203392a2005b346107a0575f6003193601126107a057602060405167ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346107a05760406003193601126107a057610cc5612049565b6001600160a01b03610cd561205f565b91165f5260036020526001600160a01b0360405f2091165f52602052602060405f2054604051908152f35b346107a057600319360161010081126107a05760c0136107a05760e4356024356001600160a01b038116908181036107a0573382036110ea578260a43567ffffffffffffffff8116908181036107a057508042116106a45767ffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016428203116106795750600435906001600160a01b038216908183141590816107a057825f52600260205260405f20549067ffffffffffffffff8260a01c1660843567ffffffffffffffff8116908181036107a0578282036110bb575050506001600160a01b03610e3261036a8293610dfb60046124e4565b907f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff81169160ff601b60c43593821c0116906128ab565b169116811415806110ae575b6105f25750606435916fffffffffffffffffffffffffffffffff831161108257816107a057805f52600460205260405f206001600160a01b0333165f5260205260405f2092604435936001600160a01b03851685036107a0576001600160a01b0385165f5260205260405f209384546fffffffffffffffffffffffffffffffff811690818411156110525760801c9080840392828411155f14610fb157505081900360801b7fffffffffffffffffffffffffffffffff00000000000000000000000000000000166fffffffffffffffffffffffffffffffff929092169190911790935582805b0391335f52600560205260405f206001600160a01b03610f426121ce565b165f5260205260405f20610f57858254612108565b90556107a05760209350610f696121ce565b916001600160a01b0360405193168352838584015260408301527f2442e7ccfd30564dcfd95cc7cfdaefdfc6298925b0c609461d5c69ca18ab181260603393a3604051908152f35b91955092505f9480830391855f52600360205260405f206001600160a01b0382165f5260205260405f2054928381105f1461104b57925b8380611019575b50505001948515610535579185016fffffffffffffffffffffffffffffffff169091558390610f24565b61102291612115565b90865f5260036020526001600160a01b0360405f2091165f5260205260405f2055888083610fef565b5082610fe8565b50827fdb2e1063000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b827f08083b2a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b505f915082811415610e3e565b507f865d54f9000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b507fadb76764000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b346107a0575f6003193601126107a057602060405167ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346107a05760c06003193601126107a05760206107436121f8565b346107a0575f6003193601126107a05760206040517f1cdd18a6e9e2d7aba7b1a272ec53474f123cd1339693f1e905ddb33500e65fb68152f35b346107a05760406003193601126107a0576111cc612049565b6001600160a01b036111dc61205f565b91165f5260066020526001600160a01b0360405f2091165f52602052602060405f20604051906109a082612144565b346107a05760406003193601126107a057611224612049565b61122c61205f565b335f52600760205260405f206001600160a01b0383165f5260205260405f206001600160a01b0382165f5260205260405f206040519061126b82612144565b546fffffffffffffffffffffffffffffffff811680835267ffffffffffffffff602084019260801c168252156114535767ffffffffffffffff905116804211156114285750335f52600760205260405f206001600160a01b0384165f5260205260405f206001600160a01b0383165f526020525f6040812055335f52600460205260405f206001600160a01b0384165f5260205260405f206001600160a01b0383165f526020526fffffffffffffffffffffffffffffffff60405f2091511691815460801c928381105f14611410576fffffffffffffffffffffffffffffffff905b16809303906fffffffffffffffffffffffffffffffff821161074b576113b96001600160a01b0393928493906fffffffffffffffffffffffffffffffff7fffffffffffffffffffffffffffffffff0000000000000000000000000000000083549260801b169116179055565b335f52600360205260405f208282165f5260205260405f206113dc858254612108565b9055604051938452169216907f0941917100f0ebcb445a532783c16e086c9d69534567de6dff0b45d41f2306b760203392a4005b506fffffffffffffffffffffffffffffffff8361134d565b7f94a3841e000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7fcc2c06e8000000000000000000000000000000000000000000000000000000005f5260045ffd5b346107a0575f6003193601126107a0576115336114b77f000000000000000000000000000000000000000000000000000000000000000061277c565b6114e07f000000000000000000000000000000000000000000000000000000000000000061277c565b6020611541604051926114f3838561218d565b5f84525f3681376040519586957f0f00000000000000000000000000000000000000000000000000000000000000875260e08588015260e08701906120c5565b9085820360408701526120c5565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b82811061157857505050500390f35b835185528695509381019392810192600101611569565b346107a0575f6003193601126107a05760206040515f8152f35b346107a05760206003193601126107a0576115c2612049565b335f5260026020526001600160a01b0360405f20911690817fffffffffffffffffffffffff00000000000000000000000000000000000000008254161790556040519081527feeb293e1f8f3a9db91ade748726387ed1352ca78f5430c5f06fe3d1e1ad5057960203392a2005b346107a05760c06003193601126107a0576004356001600160a01b038116908181036107a057506024356001600160a01b038116908181036107a05750604435916001600160a01b038316928381036107a057506084359167ffffffffffffffff8316928381036107a0575060a4359267ffffffffffffffff8416908185036107a0576020956042955060405193878501957f1cdd18a6e9e2d7aba7b1a272ec53474f123cd1339693f1e905ddb33500e65fb6875260408601526060850152608084015260643560a084015260c083015260e082015260e081526117156101008261218d565b5190206117206125dc565b90604051917f190100000000000000000000000000000000000000000000000000000000000083526002830152602282015220604051908152f35b346107a05760206003193601126107a0576001600160a01b0361177c612049565b165f5260026020526040805f20602082519161179783612144565b549167ffffffffffffffff6001600160a01b0384169384835260a01c16918291015282519182526020820152f35b346107a05760206003193601126107a0576117de612049565b6117e6612342565b335f52600660205260405f206001600160a01b0382165f5260205260405f20906040519161181383612144565b546fffffffffffffffffffffffffffffffff811680845267ffffffffffffffff602085019260801c168252156114535767ffffffffffffffff905116804211156114285750335f52600660205260405f206001600160a01b0382165f526020525f6040812055335f52600360205260405f206001600160a01b0382165f526020526fffffffffffffffffffffffffffffffff60405f20549251168281105f1461194e57905b8115610535576118cb8261192994612115565b335f52600360205260405f206001600160a01b0383165f5260205260405f20556040518281526001600160a01b038216907fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb60203392a333906123b6565b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b5081906118b8565b346107a05760406003193601126107a0576004356001600160a01b038116908181036107a05760243590611988612342565b8215611bbb5781156108c157604051907f70a08231000000000000000000000000000000000000000000000000000000008252306004830152602082602481875afa918215611b31575f92611b87575b50604051927f23b872dd000000000000000000000000000000000000000000000000000000005f52336004523060245260445260205f60648180855af19060015f5114821615611b68575b50826040525f60605215611b3c577f70a08231000000000000000000000000000000000000000000000000000000008252306004830152602082602481865afa8015611b31575f90611afd575b611a7a9250612115565b80156108c157335f52600360205260405f206001600160a01b0383165f5260205260405f20611aaa828254612108565b90556040519081527f8752a472e571a816aea92eec8dae9baf628e840f4929fbcc2d155e6233ff68a760203392a35f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b506020823d602011611b29575b81611b176020938361218d565b810103126107a057611a7a9151611a70565b3d9150611b0a565b6040513d5f823e3d90fd5b827f5274afe7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6001821516611b7e573b15153d15161684611a23565b833d5f823e3d90fd5b9091506020813d602011611bb3575b81611ba36020938361218d565b810103126107a0575190846119d8565b3d9150611b96565b7f42c0a68f000000000000000000000000000000000000000000000000000000005f5260045ffd5b346107a05760206003193601126107a057611bfc612049565b611c04612342565b335f52600560205260405f206001600160a01b0382165f5260205260405f2054801561053557611c8d81602093335f526005855260405f206001600160a01b0382165f5285525f60408120556040518281526001600160a01b038216907f0c8584df0a37548f26644c41809e5f908b58e8888dd441691e8a2174ec89f305873392a333906123b6565b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d604051908152f35b346107a057611cc63661208b565b80156108c1576fffffffffffffffffffffffffffffffff8111610b73577fe2e27fef4801c6f4fb7a513da684a7dadb87b84039a26f997c3e5acafc13fa2c6001600160a01b03611d407f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff4216612122565b93604051611d4d81612144565b6fffffffffffffffffffffffffffffffff851681526020810167ffffffffffffffff87168152335f52600760205260405f208489165f5260205260405f208484165f526020526fffffffffffffffffffffffffffffffff8060405f20935116167fffffffffffffffffffffffffffffffff00000000000000000000000000000000835416178255517fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff77ffffffffffffffff0000000000000000000000000000000083549260801b169116179055611e48826040519384931697169533958390929167ffffffffffffffff6020916040840195845216910152565b0390a4005b346107a057611e5b3661208b565b9081156108c157335f52600360205260405f206001600160a01b0382165f5260205260405f2054808311611fc557335f52600460205260405f206001600160a01b0385165f5260205260405f206001600160a01b0383165f5260205260405f2090611eca84835460801c612108565b906fffffffffffffffffffffffffffffffff8211611f99576001600160a01b039391926fffffffffffffffffffffffffffffffff8594611f0d88611f6795612115565b335f52600360205260405f208787165f5260205260405f2055166fffffffffffffffffffffffffffffffff7fffffffffffffffffffffffffffffffff0000000000000000000000000000000083549260801b169116179055565b604051938452169216907fac21cc9dc134b044093af6e1d604fed4345cc6350074ba389b8c7b2bfd1dc88460203392a4005b847f08083b2a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b90507fcf479181000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b346107a05760406003193601126107a05761200e612049565b6001600160a01b0361201e61205f565b91165f5260056020526001600160a01b0360405f2091165f52602052602060405f2054604051908152f35b600435906001600160a01b03821682036107a057565b602435906001600160a01b03821682036107a057565b604435906001600160a01b03821682036107a057565b60031960609101126107a0576004356001600160a01b03811681036107a057906024356001600160a01b03811681036107a0579060443590565b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f602080948051918291828752018686015e5f8582860101520116010190565b9190820180921161074b57565b9190820391821161074b57565b9067ffffffffffffffff8091169116019067ffffffffffffffff821161074b57565b6040810190811067ffffffffffffffff82111761216057604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff82111761216057604052565b6044356001600160a01b03811681036107a05790565b356001600160a01b03811681036107a05790565b6004356001600160a01b038116908181036107a057815f52600460205260405f206024356001600160a01b03811681036107a057806001600160a01b039150165f5260205260405f2090604435916001600160a01b03831683036107a0576001600160a01b0383165f5260205260405f20916040519261227784612144565b549360206fffffffffffffffffffffffffffffffff861694858152019460801c855260643593808511156122fe576122c36fffffffffffffffffffffffffffffffff916122ed96612115565b95511692505f5260036020526001600160a01b0360405f2091165f5260205260405f205490612108565b808210156122f9575090565b905090565b5050505050505f90565b67ffffffffffffffff811161216057601f017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe01660200190565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c61238e5760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d565b7f3ee5aeb5000000000000000000000000000000000000000000000000000000005f5260045ffd5b6001600160a01b03168061242957505f80809381935af13d15612424573d6123dd81612308565b906123eb604051928361218d565b81525f60203d92013e5b156123fc57565b7f90b8ec18000000000000000000000000000000000000000000000000000000005f5260045ffd5b6123f5565b916001600160a01b03604051927fa9059cbb000000000000000000000000000000000000000000000000000000005f521660045260245260205f60448180865af19060015f51148216156124ae575b604052156124835750565b7f5274afe7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b9060018115166124c657823b15153d15161690612478565b503d5f823e3d90fd5b3567ffffffffffffffff811681036107a05790565b7f1cdd18a6e9e2d7aba7b1a272ec53474f123cd1339693f1e905ddb33500e65fb660429167ffffffffffffffff61251a826121e4565b9181612528602083016121e4565b916060612537604083016121e4565b916001600160a01b0361254c608083016124cf565b938161255a60a085016124cf565b97816040519b60208d019d8e521660408c015216848a0152166080880152013560a08601521660c08401521660e082015260e0815261259b6101008261218d565b5190206125a66125dc565b90604051917f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201522090565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163014806126cf575b15612637577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a081526126c960c08261218d565b51902090565b507f0000000000000000000000000000000000000000000000000000000000000000461461260e565b93929091603492335f52600560205260405f206001600160a01b0387165f5260205261272960405f20918254612108565b90558282020192030281527f1f744db480a5d6d34f011a6ca45384b3e492e12033b9b52b6c3d40ad0b88b15c6001600160a01b036040519360208552169280612777339460208301906120c5565b0390a3565b60ff811690601f82116127ab576040519161279860408461218d565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd5b600481101561287e57806127e5575050565b60018103612815577ff645eedf000000000000000000000000000000000000000000000000000000005f5260045ffd5b6002810361284957507ffce698f7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6003146128535750565b7fd78bce0c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411612922579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15611b31575f516001600160a01b0381161561291857905f905f90565b505f906001905f90565b5050505f916003919056fea2646970667358221220cb4131a6c15a668937b8d94d789ba694fa7e73bb4b9d1c885a45023a5100463d64736f6c63430008250033",
}

// RelayPayments is an auto generated Go binding around an Ethereum contract.
type RelayPayments struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *RelayPayments) GetABI() abi.ABI {
	return c.abi
}

// NewRelayPayments creates a new instance of RelayPayments.
func NewRelayPayments() *RelayPayments {
	parsed, err := RelayPaymentsMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &RelayPayments{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *RelayPayments) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint64 voucherLifetime_, uint64 claimWindow_) returns()
func (relayPayments *RelayPayments) PackConstructor(voucherLifetime_ uint64, claimWindow_ uint64) []byte {
	enc, err := relayPayments.abi.Pack("", voucherLifetime_, claimWindow_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8322fff2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ETH() view returns(address)
func (relayPayments *RelayPayments) PackETH() []byte {
	enc, err := relayPayments.abi.Pack("ETH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8322fff2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ETH() view returns(address)
func (relayPayments *RelayPayments) TryPackETH() ([]byte, error) {
	return relayPayments.abi.Pack("ETH")
}

// UnpackETH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8322fff2.
//
// Solidity: function ETH() view returns(address)
func (relayPayments *RelayPayments) UnpackETH(data []byte) (common.Address, error) {
	out, err := relayPayments.abi.Unpack("ETH", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackVOUCHERTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94739e87.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function VOUCHER_TYPEHASH() view returns(bytes32)
func (relayPayments *RelayPayments) PackVOUCHERTYPEHASH() []byte {
	enc, err := relayPayments.abi.Pack("VOUCHER_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVOUCHERTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94739e87.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function VOUCHER_TYPEHASH() view returns(bytes32)
func (relayPayments *RelayPayments) TryPackVOUCHERTYPEHASH() ([]byte, error) {
	return relayPayments.abi.Pack("VOUCHER_TYPEHASH")
}

// UnpackVOUCHERTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x94739e87.
//
// Solidity: function VOUCHER_TYPEHASH() view returns(bytes32)
func (relayPayments *RelayPayments) UnpackVOUCHERTYPEHASH(data []byte) ([32]byte, error) {
	out, err := relayPayments.abi.Unpack("VOUCHER_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAllocate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2de02bfa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allocate(address relay, address token, uint256 amount) returns()
func (relayPayments *RelayPayments) PackAllocate(relay common.Address, token common.Address, amount *big.Int) []byte {
	enc, err := relayPayments.abi.Pack("allocate", relay, token, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllocate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2de02bfa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allocate(address relay, address token, uint256 amount) returns()
func (relayPayments *RelayPayments) TryPackAllocate(relay common.Address, token common.Address, amount *big.Int) ([]byte, error) {
	return relayPayments.abi.Pack("allocate", relay, token, amount)
}

// PackBumpEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6044f1d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bumpEpoch() returns()
func (relayPayments *RelayPayments) PackBumpEpoch() []byte {
	enc, err := relayPayments.abi.Pack("bumpEpoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBumpEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6044f1d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bumpEpoch() returns()
func (relayPayments *RelayPayments) TryPackBumpEpoch() ([]byte, error) {
	return relayPayments.abi.Pack("bumpEpoch")
}

// PackChannel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc351637.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function channel(address payer, address relay, address token) view returns(uint256 paid, uint256 collateral)
func (relayPayments *RelayPayments) PackChannel(payer common.Address, relay common.Address, token common.Address) []byte {
	enc, err := relayPayments.abi.Pack("channel", payer, relay, token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChannel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc351637.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function channel(address payer, address relay, address token) view returns(uint256 paid, uint256 collateral)
func (relayPayments *RelayPayments) TryPackChannel(payer common.Address, relay common.Address, token common.Address) ([]byte, error) {
	return relayPayments.abi.Pack("channel", payer, relay, token)
}

// ChannelOutput serves as a container for the return parameters of contract
// method Channel.
type ChannelOutput struct {
	Paid       *big.Int
	Collateral *big.Int
}

// UnpackChannel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc351637.
//
// Solidity: function channel(address payer, address relay, address token) view returns(uint256 paid, uint256 collateral)
func (relayPayments *RelayPayments) UnpackChannel(data []byte) (ChannelOutput, error) {
	out, err := relayPayments.abi.Unpack("channel", data)
	outstruct := new(ChannelOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Paid = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Collateral = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7109c3c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim((address,address,address,uint256,uint64,uint64) v, bytes32 r, bytes32 vs) returns(uint256 paid)
func (relayPayments *RelayPayments) PackClaim(v RelayPaymentsVoucher, r [32]byte, vs [32]byte) []byte {
	enc, err := relayPayments.abi.Pack("claim", v, r, vs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7109c3c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim((address,address,address,uint256,uint64,uint64) v, bytes32 r, bytes32 vs) returns(uint256 paid)
func (relayPayments *RelayPayments) TryPackClaim(v RelayPaymentsVoucher, r [32]byte, vs [32]byte) ([]byte, error) {
	return relayPayments.abi.Pack("claim", v, r, vs)
}

// UnpackClaim is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb7109c3c.
//
// Solidity: function claim((address,address,address,uint256,uint64,uint64) v, bytes32 r, bytes32 vs) returns(uint256 paid)
func (relayPayments *RelayPayments) UnpackClaim(data []byte) (*big.Int, error) {
	out, err := relayPayments.abi.Unpack("claim", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfde13f8d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimBatch(((address,address,address,uint256,uint64,uint64),bytes32,bytes32)[] items) returns(uint256 total)
func (relayPayments *RelayPayments) PackClaimBatch(items []RelayPaymentsSignedVoucher) []byte {
	enc, err := relayPayments.abi.Pack("claimBatch", items)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfde13f8d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimBatch(((address,address,address,uint256,uint64,uint64),bytes32,bytes32)[] items) returns(uint256 total)
func (relayPayments *RelayPayments) TryPackClaimBatch(items []RelayPaymentsSignedVoucher) ([]byte, error) {
	return relayPayments.abi.Pack("claimBatch", items)
}

// UnpackClaimBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfde13f8d.
//
// Solidity: function claimBatch(((address,address,address,uint256,uint64,uint64),bytes32,bytes32)[] items) returns(uint256 total)
func (relayPayments *RelayPayments) UnpackClaimBatch(data []byte) (*big.Int, error) {
	out, err := relayPayments.abi.Unpack("claimBatch", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5d37ae1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimWindow() view returns(uint64)
func (relayPayments *RelayPayments) PackClaimWindow() []byte {
	enc, err := relayPayments.abi.Pack("claimWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5d37ae1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimWindow() view returns(uint64)
func (relayPayments *RelayPayments) TryPackClaimWindow() ([]byte, error) {
	return relayPayments.abi.Pack("claimWindow")
}

// UnpackClaimWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc5d37ae1.
//
// Solidity: function claimWindow() view returns(uint64)
func (relayPayments *RelayPayments) UnpackClaimWindow(data []byte) (uint64, error) {
	out, err := relayPayments.abi.Unpack("claimWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackClaimable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1b2ead6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimable((address,address,address,uint256,uint64,uint64) v) view returns(uint256)
func (relayPayments *RelayPayments) PackClaimable(v RelayPaymentsVoucher) []byte {
	enc, err := relayPayments.abi.Pack("claimable", v)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1b2ead6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimable((address,address,address,uint256,uint64,uint64) v) view returns(uint256)
func (relayPayments *RelayPayments) TryPackClaimable(v RelayPaymentsVoucher) ([]byte, error) {
	return relayPayments.abi.Pack("claimable", v)
}

// UnpackClaimable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa1b2ead6.
//
// Solidity: function claimable((address,address,address,uint256,uint64,uint64) v) view returns(uint256)
func (relayPayments *RelayPayments) UnpackClaimable(data []byte) (*big.Int, error) {
	out, err := relayPayments.abi.Unpack("claimable", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47e7ef24.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(address token, uint256 amount) returns()
func (relayPayments *RelayPayments) PackDeposit(token common.Address, amount *big.Int) []byte {
	enc, err := relayPayments.abi.Pack("deposit", token, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47e7ef24.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(address token, uint256 amount) returns()
func (relayPayments *RelayPayments) TryPackDeposit(token common.Address, amount *big.Int) ([]byte, error) {
	return relayPayments.abi.Pack("deposit", token, amount)
}

// PackDepositETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6326fb3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositETH() payable returns()
func (relayPayments *RelayPayments) PackDepositETH() []byte {
	enc, err := relayPayments.abi.Pack("depositETH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositETH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6326fb3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositETH() payable returns()
func (relayPayments *RelayPayments) TryPackDepositETH() ([]byte, error) {
	return relayPayments.abi.Pack("depositETH")
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (relayPayments *RelayPayments) PackDomainSeparator() []byte {
	enc, err := relayPayments.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (relayPayments *RelayPayments) TryPackDomainSeparator() ([]byte, error) {
	return relayPayments.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (relayPayments *RelayPayments) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := relayPayments.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEarnings is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2af2cecc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function earnings(address relay, address token) view returns(uint256)
func (relayPayments *RelayPayments) PackEarnings(relay common.Address, token common.Address) []byte {
	enc, err := relayPayments.abi.Pack("earnings", relay, token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEarnings is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2af2cecc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function earnings(address relay, address token) view returns(uint256)
func (relayPayments *RelayPayments) TryPackEarnings(relay common.Address, token common.Address) ([]byte, error) {
	return relayPayments.abi.Pack("earnings", relay, token)
}

// UnpackEarnings is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2af2cecc.
//
// Solidity: function earnings(address relay, address token) view returns(uint256)
func (relayPayments *RelayPayments) UnpackEarnings(data []byte) (*big.Int, error) {
	out, err := relayPayments.abi.Unpack("earnings", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPaymentsEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (relayPayments *RelayPayments) PackPaymentsEip712Domain() []byte {
	enc, err := relayPayments.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaymentsEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (relayPayments *RelayPayments) TryPackPaymentsEip712Domain() ([]byte, error) {
	return relayPayments.abi.Pack("eip712Domain")
}

// PaymentsEip712DomainOutput serves as a container for the return parameters of contract
// method PaymentsEip712Domain.
type PaymentsEip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackPaymentsEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (relayPayments *RelayPayments) UnpackPaymentsEip712Domain(data []byte) (PaymentsEip712DomainOutput, error) {
	out, err := relayPayments.abi.Unpack("eip712Domain", data)
	outstruct := new(PaymentsEip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackFree is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5cafb88.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function free(address payer, address token) view returns(uint256)
func (relayPayments *RelayPayments) PackFree(payer common.Address, token common.Address) []byte {
	enc, err := relayPayments.abi.Pack("free", payer, token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFree is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5cafb88.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function free(address payer, address token) view returns(uint256)
func (relayPayments *RelayPayments) TryPackFree(payer common.Address, token common.Address) ([]byte, error) {
	return relayPayments.abi.Pack("free", payer, token)
}

// UnpackFree is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc5cafb88.
//
// Solidity: function free(address payer, address token) view returns(uint256)
func (relayPayments *RelayPayments) UnpackFree(data []byte) (*big.Int, error) {
	out, err := relayPayments.abi.Unpack("free", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPayerInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x676871fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payerInfo(address payer) view returns(address signer, uint64 epoch)
func (relayPayments *RelayPayments) PackPayerInfo(payer common.Address) []byte {
	enc, err := relayPayments.abi.Pack("payerInfo", payer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayerInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x676871fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payerInfo(address payer) view returns(address signer, uint64 epoch)
func (relayPayments *RelayPayments) TryPackPayerInfo(payer common.Address) ([]byte, error) {
	return relayPayments.abi.Pack("payerInfo", payer)
}

// PayerInfoOutput serves as a container for the return parameters of contract
// method PayerInfo.
type PayerInfoOutput struct {
	Signer common.Address
	Epoch  uint64
}

// UnpackPayerInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x676871fe.
//
// Solidity: function payerInfo(address payer) view returns(address signer, uint64 epoch)
func (relayPayments *RelayPayments) UnpackPayerInfo(data []byte) (PayerInfoOutput, error) {
	out, err := relayPayments.abi.Unpack("payerInfo", data)
	outstruct := new(PayerInfoOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Signer = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Epoch = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackPendingRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0f8961a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingRelease(address payer, address relay, address token) view returns(uint256 amount, uint64 unlockAt)
func (relayPayments *RelayPayments) PackPendingRelease(payer common.Address, relay common.Address, token common.Address) []byte {
	enc, err := relayPayments.abi.Pack("pendingRelease", payer, relay, token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0f8961a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingRelease(address payer, address relay, address token) view returns(uint256 amount, uint64 unlockAt)
func (relayPayments *RelayPayments) TryPackPendingRelease(payer common.Address, relay common.Address, token common.Address) ([]byte, error) {
	return relayPayments.abi.Pack("pendingRelease", payer, relay, token)
}

// PendingReleaseOutput serves as a container for the return parameters of contract
// method PendingRelease.
type PendingReleaseOutput struct {
	Amount   *big.Int
	UnlockAt uint64
}

// UnpackPendingRelease is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe0f8961a.
//
// Solidity: function pendingRelease(address payer, address relay, address token) view returns(uint256 amount, uint64 unlockAt)
func (relayPayments *RelayPayments) UnpackPendingRelease(data []byte) (PendingReleaseOutput, error) {
	out, err := relayPayments.abi.Unpack("pendingRelease", data)
	outstruct := new(PendingReleaseOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Amount = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.UnlockAt = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackPendingWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x889de79c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingWithdrawal(address payer, address token) view returns(uint256 amount, uint64 unlockAt)
func (relayPayments *RelayPayments) PackPendingWithdrawal(payer common.Address, token common.Address) []byte {
	enc, err := relayPayments.abi.Pack("pendingWithdrawal", payer, token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x889de79c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingWithdrawal(address payer, address token) view returns(uint256 amount, uint64 unlockAt)
func (relayPayments *RelayPayments) TryPackPendingWithdrawal(payer common.Address, token common.Address) ([]byte, error) {
	return relayPayments.abi.Pack("pendingWithdrawal", payer, token)
}

// PendingWithdrawalOutput serves as a container for the return parameters of contract
// method PendingWithdrawal.
type PendingWithdrawalOutput struct {
	Amount   *big.Int
	UnlockAt uint64
}

// UnpackPendingWithdrawal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x889de79c.
//
// Solidity: function pendingWithdrawal(address payer, address token) view returns(uint256 amount, uint64 unlockAt)
func (relayPayments *RelayPayments) UnpackPendingWithdrawal(data []byte) (PendingWithdrawalOutput, error) {
	out, err := relayPayments.abi.Unpack("pendingWithdrawal", data)
	outstruct := new(PendingWithdrawalOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Amount = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.UnlockAt = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackReleaseCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x851f07dc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function releaseCollateral(address relay, address token) returns()
func (relayPayments *RelayPayments) PackReleaseCollateral(relay common.Address, token common.Address) []byte {
	enc, err := relayPayments.abi.Pack("releaseCollateral", relay, token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleaseCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x851f07dc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function releaseCollateral(address relay, address token) returns()
func (relayPayments *RelayPayments) TryPackReleaseCollateral(relay common.Address, token common.Address) ([]byte, error) {
	return relayPayments.abi.Pack("releaseCollateral", relay, token)
}

// PackRequestRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3636e9b0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestRelease(address relay, address token, uint256 amount) returns()
func (relayPayments *RelayPayments) PackRequestRelease(relay common.Address, token common.Address, amount *big.Int) []byte {
	enc, err := relayPayments.abi.Pack("requestRelease", relay, token, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3636e9b0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestRelease(address relay, address token, uint256 amount) returns()
func (relayPayments *RelayPayments) TryPackRequestRelease(relay common.Address, token common.Address, amount *big.Int) ([]byte, error) {
	return relayPayments.abi.Pack("requestRelease", relay, token, amount)
}

// PackRequestWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda95ebf7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestWithdrawal(address token, uint256 amount) returns()
func (relayPayments *RelayPayments) PackRequestWithdrawal(token common.Address, amount *big.Int) []byte {
	enc, err := relayPayments.abi.Pack("requestWithdrawal", token, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda95ebf7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestWithdrawal(address token, uint256 amount) returns()
func (relayPayments *RelayPayments) TryPackRequestWithdrawal(token common.Address, amount *big.Int) ([]byte, error) {
	return relayPayments.abi.Pack("requestWithdrawal", token, amount)
}

// PackSetSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c19e783.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSigner(address signer) returns()
func (relayPayments *RelayPayments) PackSetSigner(signer common.Address) []byte {
	enc, err := relayPayments.abi.Pack("setSigner", signer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c19e783.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setSigner(address signer) returns()
func (relayPayments *RelayPayments) TryPackSetSigner(signer common.Address) ([]byte, error) {
	return relayPayments.abi.Pack("setSigner", signer)
}

// PackVoucherDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bf4db00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function voucherDigest((address,address,address,uint256,uint64,uint64) v) view returns(bytes32)
func (relayPayments *RelayPayments) PackVoucherDigest(v RelayPaymentsVoucher) []byte {
	enc, err := relayPayments.abi.Pack("voucherDigest", v)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVoucherDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bf4db00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function voucherDigest((address,address,address,uint256,uint64,uint64) v) view returns(bytes32)
func (relayPayments *RelayPayments) TryPackVoucherDigest(v RelayPaymentsVoucher) ([]byte, error) {
	return relayPayments.abi.Pack("voucherDigest", v)
}

// UnpackVoucherDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6bf4db00.
//
// Solidity: function voucherDigest((address,address,address,uint256,uint64,uint64) v) view returns(bytes32)
func (relayPayments *RelayPayments) UnpackVoucherDigest(data []byte) ([32]byte, error) {
	out, err := relayPayments.abi.Unpack("voucherDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackVoucherLifetime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef661482.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function voucherLifetime() view returns(uint64)
func (relayPayments *RelayPayments) PackVoucherLifetime() []byte {
	enc, err := relayPayments.abi.Pack("voucherLifetime")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVoucherLifetime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef661482.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function voucherLifetime() view returns(uint64)
func (relayPayments *RelayPayments) TryPackVoucherLifetime() ([]byte, error) {
	return relayPayments.abi.Pack("voucherLifetime")
}

// UnpackVoucherLifetime is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xef661482.
//
// Solidity: function voucherLifetime() view returns(uint64)
func (relayPayments *RelayPayments) UnpackVoucherLifetime(data []byte) (uint64, error) {
	out, err := relayPayments.abi.Unpack("voucherLifetime", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51cff8d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(address token) returns()
func (relayPayments *RelayPayments) PackWithdraw(token common.Address) []byte {
	enc, err := relayPayments.abi.Pack("withdraw", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51cff8d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(address token) returns()
func (relayPayments *RelayPayments) TryPackWithdraw(token common.Address) ([]byte, error) {
	return relayPayments.abi.Pack("withdraw", token)
}

// PackWithdrawEarnings is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d4d8d4f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawEarnings(address token) returns(uint256 amount)
func (relayPayments *RelayPayments) PackWithdrawEarnings(token common.Address) []byte {
	enc, err := relayPayments.abi.Pack("withdrawEarnings", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawEarnings is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d4d8d4f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawEarnings(address token) returns(uint256 amount)
func (relayPayments *RelayPayments) TryPackWithdrawEarnings(token common.Address) ([]byte, error) {
	return relayPayments.abi.Pack("withdrawEarnings", token)
}

// UnpackWithdrawEarnings is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3d4d8d4f.
//
// Solidity: function withdrawEarnings(address token) returns(uint256 amount)
func (relayPayments *RelayPayments) UnpackWithdrawEarnings(data []byte) (*big.Int, error) {
	out, err := relayPayments.abi.Unpack("withdrawEarnings", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdrawalDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7ab6961.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawalDelay() view returns(uint64)
func (relayPayments *RelayPayments) PackWithdrawalDelay() []byte {
	enc, err := relayPayments.abi.Pack("withdrawalDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawalDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7ab6961.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawalDelay() view returns(uint64)
func (relayPayments *RelayPayments) TryPackWithdrawalDelay() ([]byte, error) {
	return relayPayments.abi.Pack("withdrawalDelay")
}

// UnpackWithdrawalDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa7ab6961.
//
// Solidity: function withdrawalDelay() view returns(uint64)
func (relayPayments *RelayPayments) UnpackWithdrawalDelay(data []byte) (uint64, error) {
	out, err := relayPayments.abi.Unpack("withdrawalDelay", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// RelayPaymentsClaimed represents a Claimed event raised by the RelayPayments contract.
type RelayPaymentsClaimed struct {
	Payer  common.Address
	Relay  common.Address
	Token  common.Address
	Paid   *big.Int
	Unpaid *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const RelayPaymentsClaimedEventName = "Claimed"

// ContractEventName returns the user-defined event name.
func (RelayPaymentsClaimed) ContractEventName() string {
	return RelayPaymentsClaimedEventName
}

// UnpackClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Claimed(address indexed payer, address indexed relay, address token, uint256 paid, uint256 unpaid)
func (relayPayments *RelayPayments) UnpackClaimedEvent(log *types.Log) (*RelayPaymentsClaimed, error) {
	event := "Claimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != relayPayments.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RelayPaymentsClaimed)
	if len(log.Data) > 0 {
		if err := relayPayments.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range relayPayments.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RelayPaymentsClaimedBatch represents a ClaimedBatch event raised by the RelayPayments contract.
type RelayPaymentsClaimedBatch struct {
	Relay  common.Address
	Token  common.Address
	Claims []byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const RelayPaymentsClaimedBatchEventName = "ClaimedBatch"

// ContractEventName returns the user-defined event name.
func (RelayPaymentsClaimedBatch) ContractEventName() string {
	return RelayPaymentsClaimedBatchEventName
}

// UnpackClaimedBatchEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimedBatch(address indexed relay, address indexed token, bytes claims)
func (relayPayments *RelayPayments) UnpackClaimedBatchEvent(log *types.Log) (*RelayPaymentsClaimedBatch, error) {
	event := "ClaimedBatch"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != relayPayments.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RelayPaymentsClaimedBatch)
	if len(log.Data) > 0 {
		if err := relayPayments.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range relayPayments.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RelayPaymentsCollateralAllocated represents a CollateralAllocated event raised by the RelayPayments contract.
type RelayPaymentsCollateralAllocated struct {
	Payer  common.Address
	Relay  common.Address
	Token  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const RelayPaymentsCollateralAllocatedEventName = "CollateralAllocated"

// ContractEventName returns the user-defined event name.
func (RelayPaymentsCollateralAllocated) ContractEventName() string {
	return RelayPaymentsCollateralAllocatedEventName
}

// UnpackCollateralAllocatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CollateralAllocated(address indexed payer, address indexed relay, address indexed token, uint256 amount)
func (relayPayments *RelayPayments) UnpackCollateralAllocatedEvent(log *types.Log) (*RelayPaymentsCollateralAllocated, error) {
	event := "CollateralAllocated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != relayPayments.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RelayPaymentsCollateralAllocated)
	if len(log.Data) > 0 {
		if err := relayPayments.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range relayPayments.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RelayPaymentsCollateralReleased represents a CollateralReleased event raised by the RelayPayments contract.
type RelayPaymentsCollateralReleased struct {
	Payer  common.Address
	Relay  common.Address
	Token  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const RelayPaymentsCollateralReleasedEventName = "CollateralReleased"

// ContractEventName returns the user-defined event name.
func (RelayPaymentsCollateralReleased) ContractEventName() string {
	return RelayPaymentsCollateralReleasedEventName
}

// UnpackCollateralReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CollateralReleased(address indexed payer, address indexed relay, address indexed token, uint256 amount)
func (relayPayments *RelayPayments) UnpackCollateralReleasedEvent(log *types.Log) (*RelayPaymentsCollateralReleased, error) {
	event := "CollateralReleased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != relayPayments.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RelayPaymentsCollateralReleased)
	if len(log.Data) > 0 {
		if err := relayPayments.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range relayPayments.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RelayPaymentsDeposited represents a Deposited event raised by the RelayPayments contract.
type RelayPaymentsDeposited struct {
	Payer  common.Address
	Token  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const RelayPaymentsDepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (RelayPaymentsDeposited) ContractEventName() string {
	return RelayPaymentsDepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(address indexed payer, address indexed token, uint256 amount)
func (relayPayments *RelayPayments) UnpackDepositedEvent(log *types.Log) (*RelayPaymentsDeposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != relayPayments.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RelayPaymentsDeposited)
	if len(log.Data) > 0 {
		if err := relayPayments.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range relayPayments.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RelayPaymentsEIP712DomainChanged represents a EIP712DomainChanged event raised by the RelayPayments contract.
type RelayPaymentsEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const RelayPaymentsEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (RelayPaymentsEIP712DomainChanged) ContractEventName() string {
	return RelayPaymentsEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (relayPayments *RelayPayments) UnpackEIP712DomainChangedEvent(log *types.Log) (*RelayPaymentsEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != relayPayments.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RelayPaymentsEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := relayPayments.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range relayPayments.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RelayPaymentsEarningsWithdrawn represents a EarningsWithdrawn event raised by the RelayPayments contract.
type RelayPaymentsEarningsWithdrawn struct {
	Relay  common.Address
	Token  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const RelayPaymentsEarningsWithdrawnEventName = "EarningsWithdrawn"

// ContractEventName returns the user-defined event name.
func (RelayPaymentsEarningsWithdrawn) ContractEventName() string {
	return RelayPaymentsEarningsWithdrawnEventName
}

// UnpackEarningsWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EarningsWithdrawn(address indexed relay, address indexed token, uint256 amount)
func (relayPayments *RelayPayments) UnpackEarningsWithdrawnEvent(log *types.Log) (*RelayPaymentsEarningsWithdrawn, error) {
	event := "EarningsWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != relayPayments.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RelayPaymentsEarningsWithdrawn)
	if len(log.Data) > 0 {
		if err := relayPayments.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range relayPayments.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RelayPaymentsEpochBumped represents a EpochBumped event raised by the RelayPayments contract.
type RelayPaymentsEpochBumped struct {
	Payer common.Address
	Epoch uint64
	Raw   *types.Log // Blockchain specific contextual infos
}

const RelayPaymentsEpochBumpedEventName = "EpochBumped"

// ContractEventName returns the user-defined event name.
func (RelayPaymentsEpochBumped) ContractEventName() string {
	return RelayPaymentsEpochBumpedEventName
}

// UnpackEpochBumpedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EpochBumped(address indexed payer, uint64 epoch)
func (relayPayments *RelayPayments) UnpackEpochBumpedEvent(log *types.Log) (*RelayPaymentsEpochBumped, error) {
	event := "EpochBumped"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != relayPayments.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RelayPaymentsEpochBumped)
	if len(log.Data) > 0 {
		if err := relayPayments.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range relayPayments.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RelayPaymentsReleaseRequested represents a ReleaseRequested event raised by the RelayPayments contract.
type RelayPaymentsReleaseRequested struct {
	Payer    common.Address
	Relay    common.Address
	Token    common.Address
	Amount   *big.Int
	UnlockAt uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const RelayPaymentsReleaseRequestedEventName = "ReleaseRequested"

// ContractEventName returns the user-defined event name.
func (RelayPaymentsReleaseRequested) ContractEventName() string {
	return RelayPaymentsReleaseRequestedEventName
}

// UnpackReleaseRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReleaseRequested(address indexed payer, address indexed relay, address indexed token, uint256 amount, uint64 unlockAt)
func (relayPayments *RelayPayments) UnpackReleaseRequestedEvent(log *types.Log) (*RelayPaymentsReleaseRequested, error) {
	event := "ReleaseRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != relayPayments.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RelayPaymentsReleaseRequested)
	if len(log.Data) > 0 {
		if err := relayPayments.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range relayPayments.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RelayPaymentsSignerChanged represents a SignerChanged event raised by the RelayPayments contract.
type RelayPaymentsSignerChanged struct {
	Payer  common.Address
	Signer common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const RelayPaymentsSignerChangedEventName = "SignerChanged"

// ContractEventName returns the user-defined event name.
func (RelayPaymentsSignerChanged) ContractEventName() string {
	return RelayPaymentsSignerChangedEventName
}

// UnpackSignerChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SignerChanged(address indexed payer, address signer)
func (relayPayments *RelayPayments) UnpackSignerChangedEvent(log *types.Log) (*RelayPaymentsSignerChanged, error) {
	event := "SignerChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != relayPayments.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RelayPaymentsSignerChanged)
	if len(log.Data) > 0 {
		if err := relayPayments.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range relayPayments.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RelayPaymentsWithdrawalRequested represents a WithdrawalRequested event raised by the RelayPayments contract.
type RelayPaymentsWithdrawalRequested struct {
	Payer    common.Address
	Token    common.Address
	Amount   *big.Int
	UnlockAt uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const RelayPaymentsWithdrawalRequestedEventName = "WithdrawalRequested"

// ContractEventName returns the user-defined event name.
func (RelayPaymentsWithdrawalRequested) ContractEventName() string {
	return RelayPaymentsWithdrawalRequestedEventName
}

// UnpackWithdrawalRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawalRequested(address indexed payer, address indexed token, uint256 amount, uint64 unlockAt)
func (relayPayments *RelayPayments) UnpackWithdrawalRequestedEvent(log *types.Log) (*RelayPaymentsWithdrawalRequested, error) {
	event := "WithdrawalRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != relayPayments.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RelayPaymentsWithdrawalRequested)
	if len(log.Data) > 0 {
		if err := relayPayments.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range relayPayments.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RelayPaymentsWithdrawn represents a Withdrawn event raised by the RelayPayments contract.
type RelayPaymentsWithdrawn struct {
	Payer  common.Address
	Token  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const RelayPaymentsWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (RelayPaymentsWithdrawn) ContractEventName() string {
	return RelayPaymentsWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed payer, address indexed token, uint256 amount)
func (relayPayments *RelayPayments) UnpackWithdrawnEvent(log *types.Log) (*RelayPaymentsWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != relayPayments.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RelayPaymentsWithdrawn)
	if len(log.Data) > 0 {
		if err := relayPayments.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range relayPayments.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (relayPayments *RelayPayments) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], relayPayments.abi.Errors["AmountTooLarge"].ID.Bytes()[:4]) {
		return relayPayments.UnpackAmountTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], relayPayments.abi.Errors["BadParameter"].ID.Bytes()[:4]) {
		return relayPayments.UnpackBadParameterError(raw[4:])
	}
	if bytes.Equal(raw[:4], relayPayments.abi.Errors["BadVoucherSignature"].ID.Bytes()[:4]) {
		return relayPayments.UnpackBadVoucherSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], relayPayments.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return relayPayments.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], relayPayments.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return relayPayments.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], relayPayments.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return relayPayments.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], relayPayments.abi.Errors["EmptyBatch"].ID.Bytes()[:4]) {
		return relayPayments.UnpackEmptyBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], relayPayments.abi.Errors["EthValueMismatch"].ID.Bytes()[:4]) {
		return relayPayments.UnpackEthValueMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], relayPayments.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return relayPayments.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], relayPayments.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return relayPayments.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], relayPayments.abi.Errors["NoFunds"].ID.Bytes()[:4]) {
		return relayPayments.UnpackNoFundsError(raw[4:])
	}
	if bytes.Equal(raw[:4], relayPayments.abi.Errors["NoPendingRequest"].ID.Bytes()[:4]) {
		return relayPayments.UnpackNoPendingRequestError(raw[4:])
	}
	if bytes.Equal(raw[:4], relayPayments.abi.Errors["NotRelay"].ID.Bytes()[:4]) {
		return relayPayments.UnpackNotRelayError(raw[4:])
	}
	if bytes.Equal(raw[:4], relayPayments.abi.Errors["NothingToClaim"].ID.Bytes()[:4]) {
		return relayPayments.UnpackNothingToClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], relayPayments.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return relayPayments.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], relayPayments.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return relayPayments.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], relayPayments.abi.Errors["StillLocked"].ID.Bytes()[:4]) {
		return relayPayments.UnpackStillLockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], relayPayments.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return relayPayments.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], relayPayments.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return relayPayments.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], relayPayments.abi.Errors["VoucherExpired"].ID.Bytes()[:4]) {
		return relayPayments.UnpackVoucherExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], relayPayments.abi.Errors["VoucherLifetimeTooLong"].ID.Bytes()[:4]) {
		return relayPayments.UnpackVoucherLifetimeTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], relayPayments.abi.Errors["VoucherRevoked"].ID.Bytes()[:4]) {
		return relayPayments.UnpackVoucherRevokedError(raw[4:])
	}
	if bytes.Equal(raw[:4], relayPayments.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return relayPayments.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RelayPaymentsAmountTooLarge represents a AmountTooLarge error raised by the RelayPayments contract.
type RelayPaymentsAmountTooLarge struct {
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmountTooLarge(uint256 amount)
func RelayPaymentsAmountTooLargeErrorID() common.Hash {
	return common.HexToHash("0x08083b2a16b607736bde3b2f81a2e47b6cddd068539243b1d8b47462dd533e58")
}

// UnpackAmountTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmountTooLarge(uint256 amount)
func (relayPayments *RelayPayments) UnpackAmountTooLargeError(raw []byte) (*RelayPaymentsAmountTooLarge, error) {
	out := new(RelayPaymentsAmountTooLarge)
	if err := relayPayments.abi.UnpackIntoInterface(out, "AmountTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RelayPaymentsBadParameter represents a BadParameter error raised by the RelayPayments contract.
type RelayPaymentsBadParameter struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadParameter()
func RelayPaymentsBadParameterErrorID() common.Hash {
	return common.HexToHash("0x8ec48e16047a0178c89bdefa13cab01a03913d2353214edd02ae0575f1cd52a7")
}

// UnpackBadParameterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadParameter()
func (relayPayments *RelayPayments) UnpackBadParameterError(raw []byte) (*RelayPaymentsBadParameter, error) {
	out := new(RelayPaymentsBadParameter)
	if err := relayPayments.abi.UnpackIntoInterface(out, "BadParameter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RelayPaymentsBadVoucherSignature represents a BadVoucherSignature error raised by the RelayPayments contract.
type RelayPaymentsBadVoucherSignature struct {
	Recovered common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadVoucherSignature(address recovered)
func RelayPaymentsBadVoucherSignatureErrorID() common.Hash {
	return common.HexToHash("0x0c46356c995b32ae855be78d145db0a5b58ac200c91b1a11a17c51dd073be2df")
}

// UnpackBadVoucherSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadVoucherSignature(address recovered)
func (relayPayments *RelayPayments) UnpackBadVoucherSignatureError(raw []byte) (*RelayPaymentsBadVoucherSignature, error) {
	out := new(RelayPaymentsBadVoucherSignature)
	if err := relayPayments.abi.UnpackIntoInterface(out, "BadVoucherSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RelayPaymentsECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the RelayPayments contract.
type RelayPaymentsECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func RelayPaymentsECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (relayPayments *RelayPayments) UnpackECDSAInvalidSignatureError(raw []byte) (*RelayPaymentsECDSAInvalidSignature, error) {
	out := new(RelayPaymentsECDSAInvalidSignature)
	if err := relayPayments.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RelayPaymentsECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the RelayPayments contract.
type RelayPaymentsECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func RelayPaymentsECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (relayPayments *RelayPayments) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*RelayPaymentsECDSAInvalidSignatureLength, error) {
	out := new(RelayPaymentsECDSAInvalidSignatureLength)
	if err := relayPayments.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RelayPaymentsECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the RelayPayments contract.
type RelayPaymentsECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func RelayPaymentsECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (relayPayments *RelayPayments) UnpackECDSAInvalidSignatureSError(raw []byte) (*RelayPaymentsECDSAInvalidSignatureS, error) {
	out := new(RelayPaymentsECDSAInvalidSignatureS)
	if err := relayPayments.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RelayPaymentsEmptyBatch represents a EmptyBatch error raised by the RelayPayments contract.
type RelayPaymentsEmptyBatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyBatch()
func RelayPaymentsEmptyBatchErrorID() common.Hash {
	return common.HexToHash("0xc2e5347df6cf8d1bf68f8a9651642312bd381b900d857d97cd665976180d6ae0")
}

// UnpackEmptyBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyBatch()
func (relayPayments *RelayPayments) UnpackEmptyBatchError(raw []byte) (*RelayPaymentsEmptyBatch, error) {
	out := new(RelayPaymentsEmptyBatch)
	if err := relayPayments.abi.UnpackIntoInterface(out, "EmptyBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RelayPaymentsEthValueMismatch represents a EthValueMismatch error raised by the RelayPayments contract.
type RelayPaymentsEthValueMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EthValueMismatch()
func RelayPaymentsEthValueMismatchErrorID() common.Hash {
	return common.HexToHash("0x42c0a68f3b1ee75f8fda3a6bddfb0f5838e000d58d00ee2d21276be8461e4fec")
}

// UnpackEthValueMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EthValueMismatch()
func (relayPayments *RelayPayments) UnpackEthValueMismatchError(raw []byte) (*RelayPaymentsEthValueMismatch, error) {
	out := new(RelayPaymentsEthValueMismatch)
	if err := relayPayments.abi.UnpackIntoInterface(out, "EthValueMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RelayPaymentsInsufficientBalance represents a InsufficientBalance error raised by the RelayPayments contract.
type RelayPaymentsInsufficientBalance struct {
	Available *big.Int
	Requested *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(uint256 available, uint256 requested)
func RelayPaymentsInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xcf4791818fba6e019216eb4864093b4947f674afada5d305e57d598b641dad1d")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(uint256 available, uint256 requested)
func (relayPayments *RelayPayments) UnpackInsufficientBalanceError(raw []byte) (*RelayPaymentsInsufficientBalance, error) {
	out := new(RelayPaymentsInsufficientBalance)
	if err := relayPayments.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RelayPaymentsInvalidShortString represents a InvalidShortString error raised by the RelayPayments contract.
type RelayPaymentsInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func RelayPaymentsInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (relayPayments *RelayPayments) UnpackInvalidShortStringError(raw []byte) (*RelayPaymentsInvalidShortString, error) {
	out := new(RelayPaymentsInvalidShortString)
	if err := relayPayments.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RelayPaymentsNoFunds represents a NoFunds error raised by the RelayPayments contract.
type RelayPaymentsNoFunds struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoFunds()
func RelayPaymentsNoFundsErrorID() common.Hash {
	return common.HexToHash("0x43f9e1106d52dd56a6d8d7b59320083ed61880bd3b43d06e6a4c14a62b11324b")
}

// UnpackNoFundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoFunds()
func (relayPayments *RelayPayments) UnpackNoFundsError(raw []byte) (*RelayPaymentsNoFunds, error) {
	out := new(RelayPaymentsNoFunds)
	if err := relayPayments.abi.UnpackIntoInterface(out, "NoFunds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RelayPaymentsNoPendingRequest represents a NoPendingRequest error raised by the RelayPayments contract.
type RelayPaymentsNoPendingRequest struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoPendingRequest()
func RelayPaymentsNoPendingRequestErrorID() common.Hash {
	return common.HexToHash("0xcc2c06e8c2af211800a3dfb77a73c9668872a3581c024937769881bba2e6596e")
}

// UnpackNoPendingRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoPendingRequest()
func (relayPayments *RelayPayments) UnpackNoPendingRequestError(raw []byte) (*RelayPaymentsNoPendingRequest, error) {
	out := new(RelayPaymentsNoPendingRequest)
	if err := relayPayments.abi.UnpackIntoInterface(out, "NoPendingRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RelayPaymentsNotRelay represents a NotRelay error raised by the RelayPayments contract.
type RelayPaymentsNotRelay struct {
	Caller common.Address
	Relay  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRelay(address caller, address relay)
func RelayPaymentsNotRelayErrorID() common.Hash {
	return common.HexToHash("0xadb76764e6dcb7e3ccf87cf3c6b8a5c0b55cf34336dd26c627448aebf7d62041")
}

// UnpackNotRelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRelay(address caller, address relay)
func (relayPayments *RelayPayments) UnpackNotRelayError(raw []byte) (*RelayPaymentsNotRelay, error) {
	out := new(RelayPaymentsNotRelay)
	if err := relayPayments.abi.UnpackIntoInterface(out, "NotRelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RelayPaymentsNothingToClaim represents a NothingToClaim error raised by the RelayPayments contract.
type RelayPaymentsNothingToClaim struct {
	Cumulative *big.Int
	Paid       *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToClaim(uint256 cumulative, uint256 paid)
func RelayPaymentsNothingToClaimErrorID() common.Hash {
	return common.HexToHash("0xdb2e10631d2ee9e0602c2e26b86d79587d1b8bf71115b9c2ddeb9d165f8215a4")
}

// UnpackNothingToClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToClaim(uint256 cumulative, uint256 paid)
func (relayPayments *RelayPayments) UnpackNothingToClaimError(raw []byte) (*RelayPaymentsNothingToClaim, error) {
	out := new(RelayPaymentsNothingToClaim)
	if err := relayPayments.abi.UnpackIntoInterface(out, "NothingToClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RelayPaymentsReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the RelayPayments contract.
type RelayPaymentsReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func RelayPaymentsReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (relayPayments *RelayPayments) UnpackReentrancyGuardReentrantCallError(raw []byte) (*RelayPaymentsReentrancyGuardReentrantCall, error) {
	out := new(RelayPaymentsReentrancyGuardReentrantCall)
	if err := relayPayments.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RelayPaymentsSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the RelayPayments contract.
type RelayPaymentsSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func RelayPaymentsSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (relayPayments *RelayPayments) UnpackSafeERC20FailedOperationError(raw []byte) (*RelayPaymentsSafeERC20FailedOperation, error) {
	out := new(RelayPaymentsSafeERC20FailedOperation)
	if err := relayPayments.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RelayPaymentsStillLocked represents a StillLocked error raised by the RelayPayments contract.
type RelayPaymentsStillLocked struct {
	UnlockAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StillLocked(uint64 unlockAt)
func RelayPaymentsStillLockedErrorID() common.Hash {
	return common.HexToHash("0x94a3841e1b9fb3c333b0849478007609cb5af4c20ec5a352538de6da21772e9d")
}

// UnpackStillLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StillLocked(uint64 unlockAt)
func (relayPayments *RelayPayments) UnpackStillLockedError(raw []byte) (*RelayPaymentsStillLocked, error) {
	out := new(RelayPaymentsStillLocked)
	if err := relayPayments.abi.UnpackIntoInterface(out, "StillLocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RelayPaymentsStringTooLong represents a StringTooLong error raised by the RelayPayments contract.
type RelayPaymentsStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func RelayPaymentsStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (relayPayments *RelayPayments) UnpackStringTooLongError(raw []byte) (*RelayPaymentsStringTooLong, error) {
	out := new(RelayPaymentsStringTooLong)
	if err := relayPayments.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RelayPaymentsTransferFailed represents a TransferFailed error raised by the RelayPayments contract.
type RelayPaymentsTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed()
func RelayPaymentsTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x90b8ec1877afffd816d05d9b13947f3ff18ec5851c38bad15ec2b710f92391b1")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed()
func (relayPayments *RelayPayments) UnpackTransferFailedError(raw []byte) (*RelayPaymentsTransferFailed, error) {
	out := new(RelayPaymentsTransferFailed)
	if err := relayPayments.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RelayPaymentsVoucherExpired represents a VoucherExpired error raised by the RelayPayments contract.
type RelayPaymentsVoucherExpired struct {
	Expiry uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VoucherExpired(uint64 expiry)
func RelayPaymentsVoucherExpiredErrorID() common.Hash {
	return common.HexToHash("0x68641fc4ff727b4ba49673f5a2e61ecf2e0f7e4e7af0d125fda7c4d07ec2c76d")
}

// UnpackVoucherExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VoucherExpired(uint64 expiry)
func (relayPayments *RelayPayments) UnpackVoucherExpiredError(raw []byte) (*RelayPaymentsVoucherExpired, error) {
	out := new(RelayPaymentsVoucherExpired)
	if err := relayPayments.abi.UnpackIntoInterface(out, "VoucherExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RelayPaymentsVoucherLifetimeTooLong represents a VoucherLifetimeTooLong error raised by the RelayPayments contract.
type RelayPaymentsVoucherLifetimeTooLong struct {
	Expiry uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VoucherLifetimeTooLong(uint64 expiry)
func RelayPaymentsVoucherLifetimeTooLongErrorID() common.Hash {
	return common.HexToHash("0xddb538251baa1d578637528921855a48c5762e4b976c05a13018f00d6290ceb4")
}

// UnpackVoucherLifetimeTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VoucherLifetimeTooLong(uint64 expiry)
func (relayPayments *RelayPayments) UnpackVoucherLifetimeTooLongError(raw []byte) (*RelayPaymentsVoucherLifetimeTooLong, error) {
	out := new(RelayPaymentsVoucherLifetimeTooLong)
	if err := relayPayments.abi.UnpackIntoInterface(out, "VoucherLifetimeTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RelayPaymentsVoucherRevoked represents a VoucherRevoked error raised by the RelayPayments contract.
type RelayPaymentsVoucherRevoked struct {
	Epoch   uint64
	Current uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VoucherRevoked(uint64 epoch, uint64 current)
func RelayPaymentsVoucherRevokedErrorID() common.Hash {
	return common.HexToHash("0x865d54f9ef86edd6ebee64bc9f784490d8d7af611980dd6724c3777fd4e7b6a7")
}

// UnpackVoucherRevokedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VoucherRevoked(uint64 epoch, uint64 current)
func (relayPayments *RelayPayments) UnpackVoucherRevokedError(raw []byte) (*RelayPaymentsVoucherRevoked, error) {
	out := new(RelayPaymentsVoucherRevoked)
	if err := relayPayments.abi.UnpackIntoInterface(out, "VoucherRevoked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RelayPaymentsZeroAmount represents a ZeroAmount error raised by the RelayPayments contract.
type RelayPaymentsZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func RelayPaymentsZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (relayPayments *RelayPayments) UnpackZeroAmountError(raw []byte) (*RelayPaymentsZeroAmount, error) {
	out := new(RelayPaymentsZeroAmount)
	if err := relayPayments.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
