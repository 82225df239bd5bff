# What ./build.ps1 -Task Mutation mutates: the code that guards money, secrets and files, each file with the xunit tests
# that exercise it. Stryker runs these tests against every mutant (coverage analysis off: per-test coverage loses code that
# runs after an await on another thread, and would call it "no coverage"), so a filter keeps a run to minutes a file.
# A filter narrower than every test that reaches a file can only lower its score, never flatter it: ExactlyOnceCreate leaves out
# FaultMatrixTests (72 s a run, half an hour a file), which its own tests make redundant for it.
@{
    Groups = @(
        @{ Project = 'KipuHub.Client.csproj'; Files = @('Core/Paging/Pager.cs'); Tests = 'FullyQualifiedName~PagerTests|FullyQualifiedName~EndlessListing' }
        @{ Project = 'KipuHub.Client.csproj'; Files = @('Quantum/JobWaiter.cs'); Tests = 'FullyQualifiedName~JobWaiterTests|FullyQualifiedName~BatchWaitingTests|FullyQualifiedName~ListingReachTests.A_job_a_scan' }
        @{ Project = 'KipuHub.Client.csproj'; Files = @('Core/ExactlyOnceCreate.cs'); Tests = 'FullyQualifiedName~ExactlyOnceCreateTests|FullyQualifiedName~JobKeyTests|FullyQualifiedName~Client.Core.RetryTests' }
        @{ Project = 'KipuHub.Client.csproj'; Files = @('Core/OpenApi/RouteBinder.cs'); Tests = 'FullyQualifiedName~Client.Core.OpenApi' }
        @{ Project = 'KipuHub.Client.csproj'; Files = @('Quantum/Costs/JobCostEstimate.cs', 'Quantum/Costs/GateCount.cs'); Tests = 'FullyQualifiedName~Costs' }
        @{ Project = 'KipuHub.Client.csproj'; Files = @('Core/Redaction.cs'); Tests = 'FullyQualifiedName~RedactionTests' }
        @{ Project = 'KipuHub.Client.csproj'; Files = @('Credentials/DefaultCredentialsProvider.cs', 'Credentials/CredentialText.cs'); Tests = 'FullyQualifiedName~Client.Credentials' }
        @{ Project = 'KipuHub.Client.csproj'; Files = @('Core/Files/ServerFileName.cs', 'Core/Files/OwnerOnlyFile.cs'); Tests = 'FullyQualifiedName~Client.Core.Files' }
        @{ Project = 'KipuHub.Emulator.csproj'; Files = @('Persistence/StateLog.cs', 'Persistence/DurableMap.cs', 'Persistence/BlobFolder.cs'); Tests = 'FullyQualifiedName~Emulator.Persistence|FullyQualifiedName~Emulator.Platform' }
        @{ Project = 'KipuHub.Emulator.csproj'; Files = @('Platform/Billing.cs', 'Quantum/JobPricing.cs'); Tests = 'FullyQualifiedName~BillingClientTests|FullyQualifiedName~Emulator.Platform.Billing|FullyQualifiedName~DataFileRowsTests|FullyQualifiedName~OpenApiDocumentsTests' }
        @{ Project = 'KipuHub.Emulator.csproj'; Files = @('Infrastructure/AuthMiddleware.cs', 'Platform/Organizations.cs'); Tests = 'FullyQualifiedName~OpenApiDocumentsTests|FullyQualifiedName~AuthMiddlewareTests|FullyQualifiedName~TokenAndContextTests|FullyQualifiedName~RemoteDevTokenTests|FullyQualifiedName~ControlTokenTests|FullyQualifiedName~ScopingAndAuthTests|FullyQualifiedName~OrganizationsClientTests|FullyQualifiedName~Emulator.Platform.OrganizationsTests|FullyQualifiedName~DataFileRowsTests' }
    )
}
